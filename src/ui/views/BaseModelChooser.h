#pragma once
// The base model rows of the training settings: the choice (the embedded default, or an LTX-2.3
// checkpoint whose header check-base reads on a worker: its layout, problems and the memory a run
// needs), the checkpoint's path and Browse…, and for a checkpoint the Gemma-3 text encoder folder it
// was made for (its files and config.json checked on a worker, torch-free, against the checkpoint's
// text projection width). A checkpoint this build cannot train on gives the reason Train is
// blocked; it is never swapped for the embedded model. The choice and the folder are remembered.
// Thread rule: GUI thread (headers and the folder are read on the global pool).

#include "model/LtxCheckpoint.h"  // torch-free

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace a2a {

// What the chooser found in a Gemma-3 text encoder folder, compared with a checkpoint.
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

// The widget is the "Base model:" row; the "Text encoder:" row is a second widget beside it in the
// same form (addRowsTo()), so that both line up with the form's other rows.
class BaseModelChooser : public QWidget {
    Q_OBJECT
public:
    explicit BaseModelChooser(QWidget *parent = nullptr);
    ~BaseModelChooser() override;

    // Adds "Base model:" (this) and "Text encoder:" (textEncoderRow()) to the form.
    void addRowsTo(QFormLayout *form);
    // The choice and the folder remembered last time; a checkpoint's header is read again (the file may have changed).
    void restoreLastChoice();

    // Choosing a checkpoint reads its header on a worker (isCheckingBase() until then) and remembers the choice.
    void useEmbeddedBase();
    void useBaseCheckpoint(const QString &path);
    bool usesBaseCheckpoint() const { return m_baseIsCheckpoint; }
    QString baseCheckpointPath() const { return m_baseCheckpoint; }
    // The file the app trains, estimates and listens with: the embedded default's path, or the
    // chosen checkpoint's ("" when none is chosen yet).
    QString effectiveBasePath() const;
    bool isCheckingBase() const { return m_baseInspection.isRunning(); }

    // The Gemma-3 text encoder folder (shown while a checkpoint is chosen). Choosing one checks it
    // on a worker (isCheckingTextEncoder() until then).
    void useTextEncoderFolder(const QString &folder);
    QString textEncoderFolder() const { return m_textEncoder; }
    // What Train, the estimate and Try it get: the folder for a checkpoint, "" for the embedded model.
    QString effectiveTextEncoderPath() const { return m_baseIsCheckpoint ? m_textEncoder : QString(); }
    bool isCheckingTextEncoder() const { return m_encoderInspection.isRunning(); }

    // Why Train cannot use this base model ("" when it can): the checkpoint's problem first, then the text encoder's.
    QString blockingReason() const;

    QComboBox *baseChoiceBox() const { return m_baseChoice; }
    QLineEdit *basePathEdit() const { return m_basePathEdit; }
    QPushButton *baseBrowseButton() const { return m_baseBrowse; }
    QLabel *baseStatusLabel() const { return m_baseStatus; }
    QLabel *baseMemoryLabel() const { return m_baseMemory; }
    QLabel *baseErrorLabel() const { return m_baseError; }
    QWidget *textEncoderRow() const { return m_encoderRow; }
    QLineEdit *textEncoderPathEdit() const { return m_encoderPathEdit; }
    QPushButton *textEncoderBrowseButton() const { return m_encoderBrowse; }
    QLabel *textEncoderStatusLabel() const { return m_encoderStatus; }
    QLabel *textEncoderErrorLabel() const { return m_encoderError; }

    // The check itself (any thread): the files, config.json, and the width against the checkpoint's header.
    static TextEncoderFolderCheck checkTextEncoderFolder(const QString &folder, const QString &checkpoint);

Q_SIGNALS:
    // checkpoint false: the embedded default model (path is then empty).
    void baseModelChanged(bool checkpoint, const QString &path);
    // The folder effectiveTextEncoderPath() gives ("" for the embedded model).
    void textEncoderChanged(const QString &folder);
    // The choice, a path or blockingReason() may have changed (after the two above, when they come).
    void changed();

private:
    void buildBaseRow();
    void buildTextEncoderRow(QWidget *parent);
    void chooseBaseFile();
    void applyBase();             // the choice → settings, its check, the window
    void showBaseReport(const LtxCheckpointReport &report);
    void chooseTextEncoderFolder();
    void applyTextEncoder();      // the folder → settings, its check, the window
    void showTextEncoderCheck(const TextEncoderFolderCheck &check);

    QComboBox *m_baseChoice = nullptr;
    QWidget *m_baseFileRow = nullptr;
    QLineEdit *m_basePathEdit = nullptr;
    QPushButton *m_baseBrowse = nullptr;
    QLabel *m_baseLabel = nullptr;
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
};

}  // namespace a2a
