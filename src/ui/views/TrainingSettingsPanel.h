#pragma once
// The training settings: every field of the request with its default, range, unit and a tooltip
// from the reference doc's tips; invalid values shown in red under the field (the shared
// TrainingRequestModel's validity is what the Train button reads); the validation entries;
// Import/Export request JSON; the measured time and memory estimate; a warning when the slow
// reference BLAS is in use. The trigger phrase, bucket and preserve-pitch have one source of
// truth, the DatasetController (trigger: an undoable dataset edit; bucket: the fit the pair
// statuses use); the request follows them. The base model (BaseModelChooser: the embedded default,
// or an LTX-2.3 checkpoint with its Gemma-3 text encoder folder, both checked on a worker) is the
// one choice Train, the estimate and Try it use; the reason it cannot train disables Train. The
// last settings are remembered. Thread rule: GUI thread.

#include "BaseModelChooser.h"
#include "training/TrainingRequest.h"
#include "util/BlasCheck.h"

#include <QMap>
#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace a2a {

class DatasetController;
class EstimateController;
class EstimateView;
class RequestFileActions;
class TrainingRequestModel;
class ValidationEntriesEditor;

class TrainingSettingsPanel : public QWidget {
    Q_OBJECT
public:
    TrainingSettingsPanel(TrainingRequestModel *model, DatasetController *dataset, QWidget *parent = nullptr);
    ~TrainingSettingsPanel() override;

    QAction *importAction() const;
    QAction *exportAction() const;
    EstimateController *estimator() const { return m_estimator; }

    // Without dialogs (the actions ask for the file first). False + the message shown on failure.
    bool importFrom(const QString &path);
    bool exportTo(const QString &path);
    QString messageText() const;  // the import/export result line

    // The editor and the red error label of a request field (service name), for tests.
    QWidget *fieldEditor(const QString &field) const { return m_editors.value(field); }
    QLabel *fieldErrorLabel(const QString &field) const { return m_errorLabels.value(field); }
    ValidationEntriesEditor *validationEditor() const { return m_validation; }
    QLabel *estimateLabel() const;
    QLabel *blasWarningLabel() const { return m_blasWarning; }
    QPushButton *estimateButton() const;

    void setBlasInfo(const BlasInfo &info);  // the panel detects it itself; tests pass their own

    // The base model (its rows, checks and reasons are the chooser's); baseModelChanged() and
    // textEncoderChanged() tell the rest of the window.
    BaseModelChooser *baseModelChooser() const { return m_base; }
    void useEmbeddedBase() { m_base->useEmbeddedBase(); }
    void useBaseCheckpoint(const QString &path) { m_base->useBaseCheckpoint(path); }
    bool usesBaseCheckpoint() const { return m_base->usesBaseCheckpoint(); }
    QString baseCheckpointPath() const { return m_base->baseCheckpointPath(); }
    QString effectiveBasePath() const { return m_base->effectiveBasePath(); }
    bool isCheckingBase() const { return m_base->isCheckingBase(); }
    QComboBox *baseChoiceBox() const { return m_base->baseChoiceBox(); }
    QLineEdit *basePathEdit() const { return m_base->basePathEdit(); }
    QPushButton *baseBrowseButton() const { return m_base->baseBrowseButton(); }
    QLabel *baseStatusLabel() const { return m_base->baseStatusLabel(); }
    QLabel *baseMemoryLabel() const { return m_base->baseMemoryLabel(); }
    QLabel *baseErrorLabel() const { return m_base->baseErrorLabel(); }
    QLabel *validityLabel() const { return m_validity; }
    void useTextEncoderFolder(const QString &folder) { m_base->useTextEncoderFolder(folder); }
    QString textEncoderFolder() const { return m_base->textEncoderFolder(); }
    QString effectiveTextEncoderPath() const { return m_base->effectiveTextEncoderPath(); }
    bool isCheckingTextEncoder() const { return m_base->isCheckingTextEncoder(); }
    QWidget *textEncoderRow() const { return m_base->textEncoderRow(); }
    QLineEdit *textEncoderPathEdit() const { return m_base->textEncoderPathEdit(); }
    QPushButton *textEncoderBrowseButton() const { return m_base->textEncoderBrowseButton(); }
    QLabel *textEncoderStatusLabel() const { return m_base->textEncoderStatusLabel(); }
    QLabel *textEncoderErrorLabel() const { return m_base->textEncoderErrorLabel(); }

public Q_SLOTS:
    void estimateNow();
    // While a run trains, automatic estimates wait (they would compete with it for the CPU).
    void setTrainingActive(bool active);
    // The estimate's base alone (tests); the window's one choice is useEmbeddedBase() / useBaseCheckpoint().
    void setBasePath(const QString &path);

Q_SIGNALS:
    void statusMessage(const QString &text);
    // checkpoint false: the embedded default model (path is then empty).
    void baseModelChanged(bool checkpoint, const QString &path);
    // The folder effectiveTextEncoderPath() gives ("" for the embedded model).
    void textEncoderChanged(const QString &folder);
    void revealRequested();  // a message the user must see (e.g. an import error from the File menu)

private:
    void buildForm();
    QWidget *addField(QFormLayout *form, const QString &field, QWidget *editor, QWidget *extra = nullptr);
    void edit(const std::function<void(TrainingRequest &)> &change);
    void onLearningRateEdited(const QString &text);
    void onModelChanged();
    void refreshFields();
    void refreshErrors();
    void syncFromDataset();
    void syncToDataset();
    void checkValidationFiles();
    void requestEstimate();
    void showMessage(const QString &text, bool error);
    void onBaseChanged();  // the chooser's base model → the estimate, the model's base problem

    TrainingRequestModel *m_model;
    DatasetController *m_dataset;
    EstimateController *m_estimator;
    QMap<QString, QWidget *> m_editors;
    QMap<QString, QLabel *> m_errorLabels;
    QLineEdit *m_trigger = nullptr;
    QLabel *m_source = nullptr;
    QComboBox *m_rank = nullptr;
    QSpinBox *m_steps = nullptr;
    QLineEdit *m_learningRate = nullptr;
    QDoubleSpinBox *m_bucket = nullptr;
    QCheckBox *m_normalize = nullptr;
    QCheckBox *m_pitch = nullptr;
    ValidationEntriesEditor *m_validation = nullptr;
    QPlainTextEdit *m_negative = nullptr;
    QSpinBox *m_frameRate = nullptr;
    QLabel *m_previewLength = nullptr;
    QDoubleSpinBox *m_stg = nullptr;
    QCheckBox *m_split = nullptr;
    QDoubleSpinBox *m_splitThreshold = nullptr;
    QCheckBox *m_debug = nullptr;
    QLabel *m_blasWarning = nullptr;
    QLabel *m_validity = nullptr;
    QLabel *m_message = nullptr;
    EstimateView *m_estimateView = nullptr;
    RequestFileActions *m_files = nullptr;
    BaseModelChooser *m_base = nullptr;
    bool m_updating = false;
    bool m_trainingActive = false;
    bool m_estimateBlocked = false;  // the estimate shows why it cannot be made
};

}  // namespace a2a
