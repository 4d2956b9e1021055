#include "support/TestMain.h"

class TestPairing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

A2A_TEST_MAIN(TestPairing)
#include "test_pairing.moc"
