#include "FaultProxy.h"
#include "GuiSession.h"
#include "GuiTestSupport.h"
#include "LocalParseServer.h"
#include "TlsProxy.h"
#include "core/settings/SecretStore.h"
#include "ui/ConnectionDialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using GuiTestSupport::child;

namespace {
// On its indicator: a check box spanning a wide form column ignores clicks beyond its text.
void clickCheckBox(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
}
} // namespace

class TestConnectionDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstOpen_withoutProfiles_startsANewOne();
    void typeAndSave_profileAppearsInList();
    void keys_goToSecretStoreNotSettings();
    void keys_hiddenUntilShown();
    void invalidUrl_disablesSaveWithReason();
    void budget_badIsRejectedGoodIsSaved();
    void keyWithALineBreak_isRefusedWithoutShowingIt();
    void selectingAProfile_fillsTheFormWithItsKeys();
    void delete_confirmed_removesProfile();
    void delete_declined_keepsProfile();
    void connect_savesAndAcceptsWithThatProfile();
    void close_withUnsavedEdits_offersToSave();
    void keychainNote_onlyWithoutPersistentStore();
    void testConnection_unreachable_saysSo();
    void testConnection_localServer_reportsOkWithVersion();
    void testConnection_wrongApplicationId_saysWhich();
    void testConnection_wrongRestKey_saysWhich();
    void testConnection_selfSignedCertificate_canBeTrusted();
    void testConnection_redirect_offersTheNewAddress();

private:
    std::unique_ptr<ConnectionDialog> openDialog();
    void fillForm(ConnectionDialog *dialog, const ServerProfile &profile);
    // Runs "Test connection"; returns the message shown, and the outcome's name ("Ok", "WrongKey", ...).
    QString runTest(ConnectionDialog *dialog, QString *outcome);
    QStringList listedNames(ConnectionDialog *dialog) const;

    std::unique_ptr<GuiSession> m_session;
    QNetworkAccessManager m_network;
};

void TestConnectionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConnectionDialog::init()
{
    m_session = std::make_unique<GuiSession>();
    QVERIFY(m_session->isValid());
}

void TestConnectionDialog::cleanup()
{
    m_session.reset();
}

std::unique_ptr<ConnectionDialog> TestConnectionDialog::openDialog()
{
    auto dialog = std::make_unique<ConnectionDialog>(m_session->store(), &m_network);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        qWarning("the dialog was not exposed");
    return dialog;
}

void TestConnectionDialog::fillForm(ConnectionDialog *dialog, const ServerProfile &profile)
{
    const std::pair<const char *, QString> fields[] = {
        {"nameLineEdit", profile.name},
        {"serverUrlLineEdit", profile.serverUrl.toString()},
        {"applicationIdLineEdit", profile.applicationId},
        {"restApiKeyLineEdit", profile.restApiKey},
        {"clientKeyLineEdit", profile.clientKey},
        {"masterKeyLineEdit", profile.masterKey},
    };
    for (const auto &[name, text] : fields) {
        auto *edit = child<QLineEdit>(dialog, QString::fromLatin1(name));
        edit->clear();
        QTest::keyClicks(edit, text);
    }
}

QString TestConnectionDialog::runTest(ConnectionDialog *dialog, QString *outcome)
{
    auto *button = child<QPushButton>(dialog, QStringLiteral("testConnectionPushButton"));
    auto *result = child<QLabel>(dialog, QStringLiteral("testResultLabel"));
    result->setProperty("outcome", QVariant());
    if (!button->isEnabled())
        return QStringLiteral("(test button disabled)");
    QTest::mouseClick(button, Qt::LeftButton);
    if (!QTest::qWaitFor([result] { return result->property("outcome").isValid(); }, 20000))
        return QStringLiteral("(no outcome after 20 s: %1)").arg(result->text());
    *outcome = result->property("outcome").toString();
    return result->text();
}

QStringList TestConnectionDialog::listedNames(ConnectionDialog *dialog) const
{
    auto *list = child<QListView>(dialog, QStringLiteral("profilesListView"));
    QStringList names;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        names << list->model()->index(row, 0).data().toString();
    return names;
}

void TestConnectionDialog::firstOpen_withoutProfiles_startsANewOne()
{
    auto dialog = openDialog();
    QVERIFY(dialog->minimumWidth() >= 720);
    QVERIFY(listedNames(dialog.get()).isEmpty());
    QCOMPARE(child<QLineEdit>(dialog.get(), QStringLiteral("nameLineEdit"))->text(),
             QStringLiteral("New connection"));
    QCOMPARE(child<QSpinBox>(dialog.get(), QStringLiteral("batchSizeSpinBox"))->value(), 200);
    QVERIFY(!child<QCheckBox>(dialog.get(), QStringLiteral("useMasterKeyCheckBox"))->isChecked());
    QVERIFY(!child<QPushButton>(dialog.get(), QStringLiteral("deletePushButton"))->isEnabled());
}

void TestConnectionDialog::typeAndSave_profileAppearsInList()
{
    auto dialog = openDialog();
    ServerProfile p;
    p.name = QStringLiteral("Staging");
    p.serverUrl = QUrl(QStringLiteral("http://staging.example:1337/parse"));
    p.applicationId = QStringLiteral("stagingApp");
    fillForm(dialog.get(), p);
    child<QSpinBox>(dialog.get(), QStringLiteral("batchSizeSpinBox"))->setValue(20);
    clickCheckBox(child<QCheckBox>(dialog.get(), QStringLiteral("productionCheckBox")));

    auto *save = child<QPushButton>(dialog.get(), QStringLiteral("savePushButton"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    QCOMPARE(listedNames(dialog.get()), QStringList{QStringLiteral("Staging (production)")});
    const std::optional<ServerProfile> stored = m_session->store()->findByName(QStringLiteral("Staging"));
    QVERIFY(stored);
    QCOMPARE(stored->serverUrl, p.serverUrl);
    QCOMPARE(stored->applicationId, p.applicationId);
    QCOMPARE(stored->batchSize, 20);
    QVERIFY(stored->production);
    auto *list = child<QListView>(dialog.get(), QStringLiteral("profilesListView"));
    QCOMPARE(list->currentIndex().row(), 0);
    QVERIFY(!save->isEnabled()); // nothing left to save
    QVERIFY(child<QPushButton>(dialog.get(), QStringLiteral("deletePushButton"))->isEnabled());
}

void TestConnectionDialog::keys_goToSecretStoreNotSettings()
{
    auto dialog = openDialog();
    ServerProfile p;
    p.name = QStringLiteral("Keys");
    p.serverUrl = QUrl(QStringLiteral("http://localhost:1337/parse"));
    p.applicationId = QStringLiteral("app");
    p.restApiKey = QStringLiteral("rest-secret-1");
    p.clientKey = QStringLiteral("client-secret-2");
    p.masterKey = QStringLiteral("master-secret-3");
    fillForm(dialog.get(), p);
    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("savePushButton")), Qt::LeftButton);

    m_session->settings()->sync();
    QFile file(m_session->settings()->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("Keys"));
    for (const QString &key : {p.restApiKey, p.clientKey, p.masterKey})
        QVERIFY2(!stored.contains(key.toUtf8()), qPrintable(key));

    ServerProfile complete;
    bool done = false;
    m_session->store()->withSecrets(*m_session->store()->findByName(QStringLiteral("Keys")), this,
                                    [&](const ServerProfile &c) {
                                        complete = c;
                                        done = true;
                                    });
    QTRY_VERIFY(done);
    QCOMPARE(complete.restApiKey, p.restApiKey);
    QCOMPARE(complete.clientKey, p.clientKey);
    QCOMPARE(complete.masterKey, p.masterKey);
}

void TestConnectionDialog::keys_hiddenUntilShown()
{
    auto dialog = openDialog();
    auto *master = child<QLineEdit>(dialog.get(), QStringLiteral("masterKeyLineEdit"));
    QCOMPARE(master->echoMode(), QLineEdit::Password);
    clickCheckBox(child<QCheckBox>(dialog.get(), QStringLiteral("showKeysCheckBox")));
    QCOMPARE(master->echoMode(), QLineEdit::Normal);
    QCOMPARE(child<QLineEdit>(dialog.get(), QStringLiteral("restApiKeyLineEdit"))->echoMode(),
             QLineEdit::Normal);
}

void TestConnectionDialog::invalidUrl_disablesSaveWithReason()
{
    auto dialog = openDialog();
    ServerProfile p;
    p.name = QStringLiteral("Broken");
    p.serverUrl = QUrl(QStringLiteral("not a url"));
    p.applicationId = QStringLiteral("app");
    fillForm(dialog.get(), p);

    auto *save = child<QPushButton>(dialog.get(), QStringLiteral("savePushButton"));
    auto *reason = child<QLabel>(dialog.get(), QStringLiteral("validationLabel"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!child<QPushButton>(dialog.get(), QStringLiteral("connectPushButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(dialog.get(), QStringLiteral("testConnectionPushButton"))->isEnabled());
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(QStringLiteral("URL")), qPrintable(reason->text()));
    QVERIFY2(save->toolTip().contains(reason->text()), qPrintable(save->toolTip()));

    auto *url = child<QLineEdit>(dialog.get(), QStringLiteral("serverUrlLineEdit"));
    url->clear();
    QTest::keyClicks(url, QStringLiteral("ftp://example.com/parse"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(reason->text().contains(QStringLiteral("http")), qPrintable(reason->text()));

    url->clear();
    QTest::keyClicks(url, QStringLiteral("https://example.com/parse"));
    QVERIFY(save->isEnabled());
    QVERIFY(!reason->isVisible());
    QVERIFY(m_session->store()->profiles().isEmpty());
}

void TestConnectionDialog::budget_badIsRejectedGoodIsSaved()
{
    auto dialog = openDialog();
    ServerProfile p;
    p.name = QStringLiteral("Quota");
    p.serverUrl = QUrl(QStringLiteral("https://example.com/parse"));
    p.applicationId = QStringLiteral("app");
    fillForm(dialog.get(), p);

    auto *save = child<QPushButton>(dialog.get(), QStringLiteral("savePushButton"));
    auto *reason = child<QLabel>(dialog.get(), QStringLiteral("validationLabel"));
    auto *budget = child<QLineEdit>(dialog.get(), QStringLiteral("budgetLineEdit"));
    QVERIFY(budget->text().isEmpty()); // no budget unless asked for
    QVERIFY(save->isEnabled());

    QTest::keyClicks(budget, QStringLiteral("lots per minute"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!child<QPushButton>(dialog.get(), QStringLiteral("connectPushButton"))->isEnabled());
    QVERIFY2(reason->isVisible() && reason->text().contains(QStringLiteral("budget")),
             qPrintable(reason->text()));

    budget->clear();
    QTest::keyClicks(budget, QStringLiteral("500/60s/ops"));
    QVERIFY2(save->isEnabled(), qPrintable(reason->text()));
    QVERIFY(!reason->isVisible());
    GuiTestSupport::screenshot(dialog.get(), QStringLiteral("connection-dialog-budget.png"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(m_session->store()->profiles().size(), 1);
    QCOMPARE(m_session->store()->profiles().first().budget, QStringLiteral("500/60s/ops"));

    // Saved with the profile: a new dialog (and a new store over the same settings) shows it again.
    dialog.reset();
    m_session->reopenStore();
    dialog = openDialog();
    QCOMPARE(child<QLineEdit>(dialog.get(), QStringLiteral("budgetLineEdit"))->text(),
             QStringLiteral("500/60s/ops"));
}

// A key pasted with a line break in it would start a header of its own on every request.
void TestConnectionDialog::keyWithALineBreak_isRefusedWithoutShowingIt()
{
    auto dialog = openDialog();
    ServerProfile p;
    p.name = QStringLiteral("Pasted");
    p.serverUrl = QUrl(QStringLiteral("https://example.com/parse"));
    p.applicationId = QStringLiteral("app");
    fillForm(dialog.get(), p);
    auto *save = child<QPushButton>(dialog.get(), QStringLiteral("savePushButton"));
    auto *reason = child<QLabel>(dialog.get(), QStringLiteral("validationLabel"));
    QVERIFY(save->isEnabled());

    auto *masterKey = child<QLineEdit>(dialog.get(), QStringLiteral("masterKeyLineEdit"));
    QGuiApplication::clipboard()->setText(QStringLiteral("secret-1\r\nX-Injected: yes"));
    masterKey->setFocus();
    QTest::keySequence(masterKey, QKeySequence::Paste);
    QVERIFY2(masterKey->text().contains(QLatin1Char('\n')), "the paste kept the line break");
    QVERIFY(!save->isEnabled());
    QVERIFY(!child<QPushButton>(dialog.get(), QStringLiteral("connectPushButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(dialog.get(), QStringLiteral("testConnectionPushButton"))->isEnabled());
    QVERIFY2(reason->isVisible() &&
                 reason->text().contains(QStringLiteral("master key contains a control character")),
             qPrintable(reason->text()));
    QVERIFY(!reason->text().contains(QStringLiteral("secret-1")) &&
            !save->toolTip().contains(QStringLiteral("secret-1")));

    masterKey->clear();
    QTest::keyClicks(masterKey, QStringLiteral("secret-1"));
    QVERIFY(save->isEnabled());
}

void TestConnectionDialog::selectingAProfile_fillsTheFormWithItsKeys()
{
    ServerProfile a;
    a.name = QStringLiteral("Alpha");
    a.serverUrl = QUrl(QStringLiteral("http://alpha.example/parse"));
    a.applicationId = QStringLiteral("alphaApp");
    a.masterKey = QStringLiteral("alpha-master");
    ServerProfile b = a;
    b.name = QStringLiteral("Beta");
    b.applicationId = QStringLiteral("betaApp");
    b.masterKey = QStringLiteral("beta-master");
    b.timeoutMs = 5000;
    m_session->store()->save(a);
    m_session->store()->save(b);

    auto dialog = openDialog();
    QCOMPARE(listedNames(dialog.get()), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));
    auto *list = child<QListView>(dialog.get(), QStringLiteral("profilesListView"));
    list->setCurrentIndex(list->model()->index(1, 0));
    QCOMPARE(child<QLineEdit>(dialog.get(), QStringLiteral("applicationIdLineEdit"))->text(),
             b.applicationId);
    QCOMPARE(child<QSpinBox>(dialog.get(), QStringLiteral("timeoutSpinBox"))->value(), 5);
    auto *master = child<QLineEdit>(dialog.get(), QStringLiteral("masterKeyLineEdit"));
    QTRY_COMPARE(master->text(), b.masterKey);
    // Showing a profile is not an edit.
    QVERIFY(!child<QPushButton>(dialog.get(), QStringLiteral("savePushButton"))->isEnabled());
}

void TestConnectionDialog::delete_confirmed_removesProfile()
{
    ServerProfile p;
    p.name = QStringLiteral("Doomed");
    p.serverUrl = QUrl(QStringLiteral("http://doomed.example/parse"));
    p.applicationId = QStringLiteral("app");
    m_session->store()->save(p);
    ServerProfile q = p;
    q.name = QStringLiteral("Survivor");
    m_session->store()->save(q);

    auto dialog = openDialog();
    auto *list = child<QListView>(dialog.get(), QStringLiteral("profilesListView"));
    list->setCurrentIndex(list->model()->index(0, 0));
    QCOMPARE(child<QLineEdit>(dialog.get(), QStringLiteral("nameLineEdit"))->text(),
             QStringLiteral("Doomed"));

    GuiTestSupport::answerNextMessageBox(this, QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("deletePushButton")), Qt::LeftButton);

    QCOMPARE(listedNames(dialog.get()), QStringList{QStringLiteral("Survivor")});
    QVERIFY(!m_session->store()->findByName(QStringLiteral("Doomed")));
    QCOMPARE(child<QLineEdit>(dialog.get(), QStringLiteral("nameLineEdit"))->text(),
             QStringLiteral("Survivor"));
}

void TestConnectionDialog::delete_declined_keepsProfile()
{
    ServerProfile p;
    p.name = QStringLiteral("Kept");
    p.serverUrl = QUrl(QStringLiteral("http://kept.example/parse"));
    p.applicationId = QStringLiteral("app");
    m_session->store()->save(p);

    auto dialog = openDialog();
    GuiTestSupport::answerNextMessageBox(this, QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("deletePushButton")), Qt::LeftButton);
    QCOMPARE(listedNames(dialog.get()), QStringList{QStringLiteral("Kept")});
}

void TestConnectionDialog::connect_savesAndAcceptsWithThatProfile()
{
    auto dialog = openDialog();
    ServerProfile p;
    p.name = QStringLiteral("Direct");
    p.serverUrl = QUrl(QStringLiteral("http://direct.example/parse"));
    p.applicationId = QStringLiteral("app");
    fillForm(dialog.get(), p);
    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("connectPushButton")), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const std::optional<ServerProfile> stored = m_session->store()->findByName(QStringLiteral("Direct"));
    QVERIFY(stored);
    QCOMPARE(dialog->chosenProfileId(), stored->id);
}

void TestConnectionDialog::close_withUnsavedEdits_offersToSave()
{
    auto dialog = openDialog();
    ServerProfile p;
    p.name = QStringLiteral("Typed");
    p.serverUrl = QUrl(QStringLiteral("http://typed.example/parse"));
    p.applicationId = QStringLiteral("app");
    fillForm(dialog.get(), p);
    GuiTestSupport::answerNextMessageBox(this, QMessageBox::Save);
    QTest::mouseClick(child<QPushButton>(dialog.get(), QStringLiteral("closePushButton")), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(m_session->store()->findByName(QStringLiteral("Typed")));
}

void TestConnectionDialog::keychainNote_onlyWithoutPersistentStore()
{
    // The memory-only store is what a machine without a keychain service gets.
    auto dialog = openDialog();
    auto *note = child<QLabel>(dialog.get(), QStringLiteral("keychainNoteLabel"));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("this session only")));
}

void TestConnectionDialog::testConnection_unreachable_saysSo()
{
    auto dialog = openDialog();
    ServerProfile p;
    p.name = QStringLiteral("Nowhere");
    p.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:9/parse")); // discard port: nothing listens
    p.applicationId = QStringLiteral("app");
    fillForm(dialog.get(), p);
    QString outcome;
    const QString text = runTest(dialog.get(), &outcome);
    QCOMPARE(outcome, QStringLiteral("Unreachable"));
    QVERIFY2(text.contains(QStringLiteral("unreachable")), qPrintable(text));
    QCOMPARE(child<QLabel>(dialog.get(), QStringLiteral("testResultLabel"))->isVisible(), true);
}

void TestConnectionDialog::testConnection_localServer_reportsOkWithVersion()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    auto dialog = openDialog();
    fillForm(dialog.get(), LocalParseServer::profile());
    auto *progress = child<QWidget>(dialog.get(), QStringLiteral("testProgressBar"));
    QString outcome;
    const QString text = runTest(dialog.get(), &outcome);
    QVERIFY2(outcome == QLatin1String("Ok"), qPrintable(outcome + QLatin1String(": ") + text));
    QVERIFY(!progress->isVisible());
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\d+\\.\\d+\\.\\d+"))), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(" ms")), qPrintable(text));
    QVERIFY(child<QPushButton>(dialog.get(), QStringLiteral("testConnectionPushButton"))->isEnabled());
}

void TestConnectionDialog::testConnection_wrongApplicationId_saysWhich()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    auto dialog = openDialog();
    ServerProfile p = LocalParseServer::profile();
    p.applicationId = QStringLiteral("no-such-app");
    fillForm(dialog.get(), p);
    QString outcome;
    const QString text = runTest(dialog.get(), &outcome);
    QVERIFY2(outcome == QLatin1String("WrongApplicationId"),
             qPrintable(outcome + QLatin1String(": ") + text));
    QVERIFY2(text.contains(QStringLiteral("application id")), qPrintable(text));
}

void TestConnectionDialog::testConnection_wrongRestKey_saysWhich()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    auto dialog = openDialog();
    ServerProfile p = LocalParseServer::profile();
    // Parse Server lets a request through when any one key matches, so the client key goes too.
    p.restApiKey = QStringLiteral("wrong-rest-key");
    p.clientKey.clear();
    fillForm(dialog.get(), p);
    QString outcome;
    const QString text = runTest(dialog.get(), &outcome);
    QVERIFY2(outcome == QLatin1String("WrongKey"), qPrintable(outcome + QLatin1String(": ") + text));
    QVERIFY2(text.contains(QStringLiteral("REST API key")), qPrintable(text));
}

void TestConnectionDialog::testConnection_selfSignedCertificate_canBeTrusted()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    TlsProxy proxy(LocalParseServer::profile().serverUrl, QStringLiteral("server-a"));
    auto dialog = openDialog();
    ServerProfile p = LocalParseServer::profile();
    p.serverUrl = proxy.url();
    fillForm(dialog.get(), p);
    QString outcome;
    QString text = runTest(dialog.get(), &outcome);
    QCOMPARE(outcome, QStringLiteral("UntrustedCertificate"));
    QVERIFY2(text.contains(proxy.fingerprint()), qPrintable(text));
    auto *trust = child<QPushButton>(dialog.get(), QStringLiteral("trustCertificatePushButton"));
    QVERIFY(trust->isVisible());
    GuiTestSupport::screenshot(dialog.get(), QStringLiteral("connection-untrusted-certificate.png"));

    // Confirmed: the fingerprint goes into the profile and the test runs again, now through.
    auto *result = child<QLabel>(dialog.get(), QStringLiteral("testResultLabel"));
    result->setProperty("outcome", QVariant());
    GuiTestSupport::answerNextMessageBox(this, QMessageBox::Yes);
    QTest::mouseClick(trust, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->property("outcome").isValid(), 20000);
    QCOMPARE(result->property("outcome").toString(), QStringLiteral("Ok"));
    QCOMPARE(child<QLineEdit>(dialog.get(), QStringLiteral("trustedCertificateLineEdit"))->text(),
             proxy.fingerprint());
    QVERIFY(!trust->isVisible());
}

// A server that moved answers with a redirect, which is never followed: the test says where to and offers
// that address; taking it puts it in Server URL, and the next test goes through.
void TestConnectionDialog::testConnection_redirect_offersTheNewAddress()
{
    REQUIRE_LOCAL_PARSE_SERVER();
    FaultProxy elsewhere(LocalParseServer::profile().serverUrl);
    FaultProxy moved(LocalParseServer::profile().serverUrl);
    moved.setRedirect(308, elsewhere.url());
    moved.setFault(FaultProxy::Fault::Redirect);
    auto dialog = openDialog();
    ServerProfile p = LocalParseServer::profile();
    p.serverUrl = moved.url();
    fillForm(dialog.get(), p);
    QString outcome;
    const QString text = runTest(dialog.get(), &outcome);
    QCOMPARE(outcome, QStringLiteral("Redirected"));
    QVERIFY2(text.contains(elsewhere.url().toString()), qPrintable(text));
    QCOMPARE(elsewhere.requestsSeen(), 0);
    auto *use = child<QPushButton>(dialog.get(), QStringLiteral("useRedirectUrlPushButton"));
    QVERIFY(use->isVisible());
    GuiTestSupport::screenshot(dialog.get(), QStringLiteral("connection-redirected.png"));
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(dialog.get(), QStringLiteral("serverUrlLineEdit"))->text(),
             elsewhere.url().toString());
    QVERIFY(!use->isVisible());
    runTest(dialog.get(), &outcome);
    QCOMPARE(outcome, QStringLiteral("Ok"));
}

QTEST_MAIN(TestConnectionDialog)
#include "TestConnectionDialog.moc"
