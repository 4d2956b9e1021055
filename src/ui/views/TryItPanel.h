#pragma once
// "Try it": a reference clip (a file or a pair's reference) and a prompt (prefilled with the
// trigger phrase and the dataset's caption style, as "Inference Format Matching" asks), a LoRA
// file (the latest finished run's by default: the training page calls setLoraFile), then
// Generate: the LoRA's output and, same seed, the base alone, on a worker with progress and
// cancel. Listen to either output or the reference and switch between them at the same moment
// (A/B), save either output as WAV. Thread rule: GUI thread.

#include "controllers/InferenceController.h"

#include "dataset/CuratedDataset.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace a2a {

class AudioPlayer;
class ClipPicker;
class DatasetController;

class TryItPanel : public QWidget {
    Q_OBJECT
public:
    // Which clip to hear.
    enum class Clip { WithLora = 0, BaseAlone = 1, Reference = 2 };

    TryItPanel(const DatasetController *dataset, QWidget *parent = nullptr);
    ~TryItPanel() override;

    QString loraFile() const;
    QString referencePath() const;
    QString prompt() const;
    void setReferencePath(const QString &path);
    void setPrompt(const QString &prompt);
    void setBasePath(const QString &path);  // default: the embedded default base
    QString basePath() const { return m_basePath; }
    void setTextEncoderPath(const QString &folder);  // the Gemma-3 folder an LTX-2.3 base needs; "" for the embedded one
    QString textEncoderPath() const { return m_textEncoderPath; }
    void setInferenceSteps(int steps) { m_steps = steps; }  // 0 = the base's recommendation (tests use few)
    // When no LoRA is chosen yet, or the chosen file is gone: the newest finished run's lora_file
    // under runsRoot (the training page's runs folder). Returns whether one was taken.
    bool useLatestRunIn(const QString &runsRoot);

    InferenceController *controller() const { return m_controller; }
    bool hasOutputs() const { return m_hasOutputs; }
    const TryItOutputs &outputs() const { return m_outputs; }
    QString statusText() const;
    QPushButton *generateButton() const { return m_generate; }

    // Saves one output as a 16-bit WAV (atomically); "" on success, else the error (also shown).
    QString saveOutput(Clip clip, const QString &path);

    bool isPlaying() const;
    Clip playingClip() const;

public Q_SLOTS:
    void setLoraFile(const QString &path);
    void generate();
    void cancel();
    void play(a2a::TryItPanel::Clip clip);  // while playing: switches at the same position
    void switchAB();                        // the LoRA's output ↔ the last clip compared with it
    void pause();

Q_SIGNALS:
    void playbackStarted();  // the window pauses its other player
    void statusMessage(const QString &text);

private:
    void buildUi();
    void suggestPrompt(PairId fromPair = -1);
    void updateButtons();
    void setStatus(const QString &text, bool error = false);
    void onFinished(const TryItOutputs &outputs);
    void setCompare(Clip clip);
    void chooseLora();
    void chooseSave(Clip clip);

    const DatasetController *m_dataset;
    InferenceController *m_controller;
    AudioPlayer *m_player;
    QString m_basePath;
    QString m_textEncoderPath;
    int m_steps = 0;
    ClipPicker *m_reference;
    QLineEdit *m_prompt;
    QToolButton *m_suggest;
    QLineEdit *m_lora;
    QSpinBox *m_seed;
    QPushButton *m_generate;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_play[3];
    QPushButton *m_ab;
    QPushButton *m_pause;
    QPushButton *m_save[2];
    bool m_promptEdited = false;
    bool m_hasOutputs = false;
    TryItOutputs m_outputs;
    Clip m_compare = Clip::BaseAlone;  // what player side 1 holds; side 0 is always the LoRA's output
    int m_generation = 0;
};

}  // namespace a2a
