// Issue #19's new-field dialog in the class browser against the live TEST server: type, target class,
// required and a default typed for the type arrive in the schema exactly, objects created without a
// value get the default, and a change the server refuses (a field's type changed) shows what it said.
#include "AdminClient.h"
#include "Await.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "LocalParseServer.h"
#include "core/models/FieldFormModel.h"
#include "ui/ClassBrowser.h"
#include "ui/FieldDialog.h"
#include "ui/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUuid>

using GuiTestSupport::child;

class TestSchemaFields final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addField_typedDefaultAndRequired_data();
    void addField_typedDefaultAndRequired();
    void addField_refusedByServer_saysWhatItSaid();

private:
    QString createClass();
    QJsonObject fieldOf(const QString &cls, const QString &name);
    std::unique_ptr<MainWindow> openOn(const QString &cls);
    // Fills the next FieldDialog; `input` (if valid) is typed as the default value.
    void fillNext(const QString &name, const QString &type, const QString &target, bool required,
                  const QVariant &input, bool *okEnabled = nullptr);

    std::unique_ptr<AdminClient> m_admin;
    std::unique_ptr<GuiSession> m_session;
    ClassBrowser *m_browser = nullptr;
};

void TestSchemaFields::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    REQUIRE_LOCAL_PARSE_SERVER();
    m_admin = std::make_unique<AdminClient>(LocalParseServer::profile());
}

void TestSchemaFields::init()
{
    m_session = std::make_unique<GuiSession>();
}

void TestSchemaFields::cleanup()
{
    m_browser = nullptr;
    m_session.reset();
}

QString TestSchemaFields::createClass()
{
    const QString cls = m_admin->classes().add(QStringLiteral("GuiFields") +
                                               QUuid::createUuid().toString(QUuid::Id128).left(8));
    const ParseResult r = await(m_admin->client().send(ParseRequest::createSchema(
        cls, {{QStringLiteral("fields"),
               QJsonObject{{QStringLiteral("n"),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("Number")}}}}}})));
    if (!r.ok())
        qWarning("creating %s: %s", qPrintable(cls), qPrintable(r.error.describe()));
    return cls;
}

QJsonObject TestSchemaFields::fieldOf(const QString &cls, const QString &name)
{
    return await(m_admin->client().send(ParseRequest::schema(cls)))
        .object()
        .value(QLatin1String("fields"))
        .toObject()
        .value(name)
        .toObject();
}

std::unique_ptr<MainWindow> TestSchemaFields::openOn(const QString &cls)
{
    ServerProfile profile = LocalParseServer::profile();
    profile.useMasterKey = true;
    profile.name = QStringLiteral("Test server");
    std::unique_ptr<MainWindow> window = m_session->connectedWindow(m_session->saveProfile(profile));
    m_browser = window->findChild<ClassBrowser *>();
    m_browser->selectClass(cls);
    if (!QTest::qWaitFor([&] { return m_browser->currentClass() == cls; }, 10000))
        qWarning("class %s not shown", qPrintable(cls));
    return window;
}

void TestSchemaFields::fillNext(const QString &name, const QString &type, const QString &target,
                                bool required, const QVariant &input, bool *okEnabled)
{
    GuiTestSupport::onNextModal<FieldDialog>(this, [=](FieldDialog *dialog) {
        child<QLineEdit>(dialog, QStringLiteral("fieldNameLineEdit"))->setText(name);
        child<QComboBox>(dialog, QStringLiteral("fieldTypeComboBox"))->setCurrentText(type);
        auto *targetBox = child<QComboBox>(dialog, QStringLiteral("targetClassComboBox"));
        QCOMPARE(targetBox->isEnabled(), !target.isEmpty());
        if (!target.isEmpty())
            targetBox->setCurrentText(target);
        child<QCheckBox>(dialog, QStringLiteral("requiredCheckBox"))->setChecked(required);
        if (input.isValid()) {
            QAbstractItemModel *model =
                child<QTableView>(dialog, QStringLiteral("defaultValueTableView"))->model();
            QVERIFY(model->setData(model->index(0, FieldFormModel::Value), input));
        }
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        if (okEnabled)
            *okEnabled = ok->isEnabled();
        if (ok->isEnabled())
            dialog->accept();
        else
            dialog->reject();
    });
}

void TestSchemaFields::addField_typedDefaultAndRequired_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QJsonValue>("expectedDefault");

    QTest::newRow("number, required")
        << QStringLiteral("Number") << QString() << true << QVariant(QStringLiteral("3")) << QJsonValue(3);
    QTest::newRow("string, no default")
        << QStringLiteral("String") << QString() << false << QVariant() << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("boolean") << QStringLiteral("Boolean") << QString() << false << QVariant(true)
                             << QJsonValue(true);
    QTest::newRow("date") << QStringLiteral("Date") << QString() << false
                          << QVariant(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC))
                          << QJsonValue(QJsonObject{
                                 {QStringLiteral("__type"), QStringLiteral("Date")},
                                 {QStringLiteral("iso"), QStringLiteral("2026-01-02T03:04:05.000Z")}});
    QTest::newRow("pointer") << QStringLiteral("Pointer") << QStringLiteral("_User") << false
                             << QVariant(QStringLiteral("abcdef1234"))
                             << QJsonValue(
                                    QJsonObject{{QStringLiteral("__type"), QStringLiteral("Pointer")},
                                                {QStringLiteral("className"), QStringLiteral("_User")},
                                                {QStringLiteral("objectId"), QStringLiteral("abcdef1234")}});
    QTest::newRow("relation") << QStringLiteral("Relation") << QStringLiteral("_Role") << false << QVariant()
                              << QJsonValue(QJsonValue::Undefined);
}

void TestSchemaFields::addField_typedDefaultAndRequired()
{
    QFETCH(QString, type);
    QFETCH(QString, target);
    QFETCH(bool, required);
    QFETCH(QVariant, input);
    QFETCH(QJsonValue, expectedDefault);
    const QString cls = createClass();
    const std::unique_ptr<MainWindow> window = openOn(cls);

    fillNext(QStringLiteral("added"), type, target, required, input);
    child<QPushButton>(m_browser, QStringLiteral("addFieldPushButton"))->click();
    QJsonObject expected{{QStringLiteral("type"), type}};
    if (!target.isEmpty())
        expected.insert(QStringLiteral("targetClass"), target);
    if (required)
        expected.insert(QStringLiteral("required"), true);
    if (!expectedDefault.isUndefined())
        expected.insert(QStringLiteral("defaultValue"), expectedDefault);
    QTRY_COMPARE_WITH_TIMEOUT(fieldOf(cls, QStringLiteral("added")), expected, 10000);

    // An object created without the field gets the default.
    if (!expectedDefault.isUndefined()) {
        const ParseResult created =
            await(m_admin->client().send(ParseRequest::createObject(cls, {{QStringLiteral("n"), 1}})));
        QVERIFY2(created.ok(), qPrintable(created.error.describe()));
        const QJsonObject object =
            await(m_admin->client().send(ParseRequest::getObject(
                      cls, created.object().value(QLatin1String("objectId")).toString())))
                .object();
        QCOMPARE(object.value(QLatin1String("added")), expectedDefault);
    }
}

void TestSchemaFields::addField_refusedByServer_saysWhatItSaid()
{
    const QString cls = createClass();
    const std::unique_ptr<MainWindow> window = openOn(cls);

    // A name Parse would refuse is caught before sending.
    bool okEnabled = true;
    fillNext(QStringLiteral("1bad name"), QStringLiteral("String"), QString(), false, QVariant(), &okEnabled);
    child<QPushButton>(m_browser, QStringLiteral("addFieldPushButton"))->click();
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(!okEnabled);

    // "n" is a Number: adding it as a String changes its type, which the server refuses.
    fillNext(QStringLiteral("n"), QStringLiteral("String"), QString(), false, QVariant());
    QString shown;
    QTimer::singleShot(0, this, [&] { GuiTestSupport::answerNextMessageBox(this, QMessageBox::Ok, &shown); });
    child<QPushButton>(m_browser, QStringLiteral("addFieldPushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
    QVERIFY2(shown.contains(QLatin1String("exists")), qPrintable(shown));
    QCOMPARE(fieldOf(cls, QStringLiteral("n")).value(QLatin1String("type")).toString(),
             QStringLiteral("Number"));
}

QTEST_MAIN(TestSchemaFields)
#include "TestSchemaFields.moc"
