#include "support/TestMain.h"

class TestAudioFit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

A2A_TEST_MAIN(TestAudioFit)
#include "test_audio_fit.moc"
