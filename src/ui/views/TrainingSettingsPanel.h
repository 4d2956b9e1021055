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
// train on disables Train with the reason, it is never swapped for the embedded model. The last
// settings are remembered. Thread rule: GUI thread (the header is read on the global pool).

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
    bool m_updating = false;
    bool m_trainingActive = false;
};

}  // namespace a2a
