#pragma once
// The training settings the window edits: one TrainingRequest (the service's fields), the
// validation entries' local clips, and the validity the Train button depends on. The settings
// panel writes it, the training page reads it, "Import/Export request JSON…" round-trip it.
// Thread rule: GUI thread.

#include "training/TrainingRequest.h"

#include <QObject>

namespace a2a {

class TrainingRequestModel : public QObject {
    Q_OBJECT
public:
    explicit TrainingRequestModel(QObject *parent = nullptr);

    const TrainingRequest &request() const { return m_request; }
    void setRequest(const TrainingRequest &request);   // emits changed() when it differs

    // Every rule violation of the current request, the dataset URL not required (the window
    // trains the dataset it has open).
    QList<RequestError> errors() const;
    bool isValid() const { return errors().isEmpty(); }
    // The first error as one sentence for the disabled Train button's tooltip; empty when valid.
    QString invalidReason() const;

    // The service's JSON (field names as in the reference doc).
    QByteArray toJson() const;
    // Replaces the request from JSON; on failure nothing changes and *error says what is wrong.
    bool loadJson(const QByteArray &json, QString *error);

    // A field whose text the form cannot read as a value (e.g. "abc" for learning_rate): it counts
    // as an error of that field until the text is fixed; an empty message clears it. The request
    // keeps its last valid value meanwhile. Emits changed() when the set of errors changes.
    void setInputError(const QString &field, const QString &message);
    // The errors of one field ("rank", "validation[0].reference_audio_url"), as sentences.
    QStringList fieldErrors(const QString &field) const;

    // Why the base model chosen in the settings cannot train (still being checked, unreadable,
    // or one this build cannot run yet), as one sentence; empty when it can. Not a request error:
    // the service's JSON names no base, so isValid() and exporting ignore it; the Train button
    // does not. Emits changed() when it changes.
    void setBaseProblem(const QString &reason);
    QString baseProblem() const { return m_baseProblem; }

Q_SIGNALS:
    void changed();

private:
    TrainingRequest m_request;
    QList<RequestError> m_inputErrors;
    QString m_baseProblem;
};

}  // namespace a2a
