#include "support/TestMain.h"

class TestRequest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

A2A_TEST_MAIN(TestRequest)
#include "test_request.moc"
