#pragma once
// The training settings: every field of the request with its default, range, unit and a tooltip
// from the reference doc's tips; invalid values shown in red under the field (the shared
// TrainingRequestModel's validity is what the Train button reads); the validation entries;
// Import/Export request JSON; the measured time and memory estimate; a warning when the slow
// reference BLAS is in use. The trigger phrase, bucket and preserve-pitch have one source of
// truth, the DatasetController (trigger: an undoable dataset edit; bucket: the fit the pair
// statuses use); the request follows them. The base model (the embedded default, or an LTX-2.3
// checkpoint whose header check-base reads on a worker: its layout, problems and the memory a
// run needs) is the one choice Train, the estimate and Try it use; a checkpoint this build cannot
// train on disables Train with the reason, it is never swapped for the embedded model. A checkpoint
// also needs the Gemma-3 text encoder folder it was made for: its files and config.json are
// checked on a worker (torch-free) against the checkpoint's text projection width. The last
// settings are remembered. Thread rule: GUI thread (headers and the folder are read on the global pool).

#include "model/LtxCheckpoint.h"  // torch-free
#include "training/TrainingRequest.h"
#include "util/BlasCheck.h"

#include <QFutureWatcher>
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

// What the panel found in a Gemma-3 text encoder folder, compared with a checkpoint.
struct TextEncoderFolderCheck {
    QString folder;
    QString checkpoint;
    QString error;              // "" when the folder is complete and fits the checkpoint
    int hiddenSize = 0;
    int layers = 0;
    int shards = 0;             // weight files: 1 for model.safetensors, else the index's
    int64_t checkpointWidth = 0;  // the text projection's input width; 0 when the checkpoint was not readable
    bool ok() const { return error.isEmpty(); }
};

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

    // The base model. Choosing a checkpoint reads its header on a worker (isCheckingBase() until
    // then) and remembers the choice; baseModelChanged() tells the rest of the window.
    void useEmbeddedBase();
    void useBaseCheckpoint(const QString &path);
    bool usesBaseCheckpoint() const { return m_baseIsCheckpoint; }
    QString baseCheckpointPath() const { return m_baseCheckpoint; }
    // The file the app trains, estimates and listens with: the embedded default's path, or the
    // chosen checkpoint's ("" when none is chosen yet).
    QString effectiveBasePath() const;
    bool isCheckingBase() const { return m_baseInspection.isRunning(); }
    QComboBox *baseChoiceBox() const { return m_baseChoice; }
    QLineEdit *basePathEdit() const { return m_basePathEdit; }
    QPushButton *baseBrowseButton() const { return m_baseBrowse; }
    QLabel *baseStatusLabel() const { return m_baseStatus; }
    QLabel *baseMemoryLabel() const { return m_baseMemory; }
    QLabel *baseErrorLabel() const { return m_baseError; }
    QLabel *validityLabel() const { return m_validity; }

    // The Gemma-3 text encoder folder (shown while a checkpoint is chosen; remembered). Choosing
    // one checks it on a worker (isCheckingTextEncoder() until then).
    void useTextEncoderFolder(const QString &folder);
    QString textEncoderFolder() const { return m_textEncoder; }
    // What Train, the estimate and Try it get: the folder for a checkpoint, "" for the embedded model.
    QString effectiveTextEncoderPath() const { return m_baseIsCheckpoint ? m_textEncoder : QString(); }
    bool isCheckingTextEncoder() const { return m_encoderInspection.isRunning(); }
    QWidget *textEncoderRow() const { return m_encoderRow; }
    QLineEdit *textEncoderPathEdit() const { return m_encoderPathEdit; }
    QPushButton *textEncoderBrowseButton() const { return m_encoderBrowse; }
    QLabel *textEncoderStatusLabel() const { return m_encoderStatus; }
    QLabel *textEncoderErrorLabel() const { return m_encoderError; }
    // The check itself (any thread): the files, config.json, and the width against the checkpoint's header.
    static TextEncoderFolderCheck checkTextEncoderFolder(const QString &folder, const QString &checkpoint);

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
    QWidget *buildBaseRow();
    void chooseBaseFile();
    void applyBase();             // the choice → settings, the estimate, the model's base problem, the window
    void showBaseReport(const LtxCheckpointReport &report);
    QWidget *buildTextEncoderRow(QWidget *parent);
    void chooseTextEncoderFolder();
    void applyTextEncoder();      // the folder → settings, the estimate, its check, the window
    void showTextEncoderCheck(const TextEncoderFolderCheck &check);
    void updateBaseProblem();     // the checkpoint's problem first, then the text encoder's

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
    QComboBox *m_baseChoice = nullptr;
    QWidget *m_baseFileRow = nullptr;
    QLineEdit *m_basePathEdit = nullptr;
    QPushButton *m_baseBrowse = nullptr;
    QLabel *m_baseStatus = nullptr;
    QLabel *m_baseMemory = nullptr;
    QLabel *m_baseError = nullptr;
    bool m_baseIsCheckpoint = false;
    QString m_baseCheckpoint;
    QFutureWatcher<LtxCheckpointReport> m_baseInspection;
    QString m_checkpointProblem;  // why the chosen checkpoint cannot train ("" when it can)
    QLabel *m_encoderLabel = nullptr;
    QWidget *m_encoderRow = nullptr;
    QLineEdit *m_encoderPathEdit = nullptr;
    QPushButton *m_encoderBrowse = nullptr;
    QLabel *m_encoderStatus = nullptr;
    QLabel *m_encoderError = nullptr;
    QString m_textEncoder;
    QString m_encoderProblem;     // why the folder cannot be used with the checkpoint ("" when it can)
    QFutureWatcher<TextEncoderFolderCheck> m_encoderInspection;
    bool m_updating = false;
    bool m_trainingActive = false;
    bool m_estimateBlocked = false;  // the estimate shows why it cannot be made
};

}  // namespace a2a
