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

Q_SIGNALS:
    void changed();

private:
    TrainingRequest m_request;
};

}  // namespace a2a
