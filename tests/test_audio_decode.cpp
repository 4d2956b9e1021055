#include "support/TestMain.h"

class TestAudioDecode : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

A2A_TEST_MAIN(TestAudioDecode)
#include "test_audio_decode.moc"
