#include "support/TestMain.h"

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

A2A_TEST_MAIN(TestCli)
#include "test_cli.moc"
