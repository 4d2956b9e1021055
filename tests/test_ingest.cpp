#include "support/TestMain.h"

class TestIngest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

A2A_TEST_MAIN(TestIngest)
#include "test_ingest.moc"
