#include "ui/ConnectionDialog.h"
#include "ui_ConnectionDialog.h"

#include "core/net/ConnectionTester.h"
#include "core/net/TlsTrust.h"
#include "core/settings/ProfileListModel.h"
#include "core/settings/ProfileStore.h"
#include "core/settings/SecretStore.h"
#include "ui/ToneKeeper.h"

#include <QMessageBox>
#include <QMetaEnum>
#include <QPushButton>

namespace {
constexpr int kMsPerSecond = 1000;
}

ConnectionDialog::ConnectionDialog(ProfileStore *profiles, QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_profiles(profiles)
    , m_network(network)
    , m_model(new ProfileListModel(profiles, this))
{
    m_ui->setupUi(this);
    ToneKeeper::apply(m_ui->validationLabel, Tone::Bad);
    ToneKeeper::apply(m_ui->keychainNoteLabel, Tone::Caution);
    setMinimumWidth(720);
    // A check box may shrink below its text by default: in German the production one was clipped, and all
    // three lost their descenders when the wrapped labels took their height.
    for (QCheckBox *box : findChildren<QCheckBox *>())
        box->setMinimumSize(box->sizeHint());
    m_ui->addPushButton->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_ui->deletePushButton->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    m_ui->connectPushButton->setIcon(QIcon(QStringLiteral(":/icons/connect.svg")));
    m_ui->testProgressBar->hide();
    m_ui->testResultLabel->hide();
    m_ui->trustCertificatePushButton->hide();
    connect(m_ui->trustCertificatePushButton, &QPushButton::clicked, this,
            &ConnectionDialog::trustCertificate);
    m_ui->useRedirectUrlPushButton->hide();
    // A redirect is never followed (keys would go with it): the user decides whether the address changes.
    connect(m_ui->useRedirectUrlPushButton, &QPushButton::clicked, this, [this] {
        m_ui->serverUrlLineEdit->setText(m_offeredUrl.toString());
        m_ui->useRedirectUrlPushButton->hide();
    });
    m_ui->profilesListView->setModel(m_model);

    for (QLineEdit *edit : {m_ui->nameLineEdit, m_ui->serverUrlLineEdit, m_ui->applicationIdLineEdit,
                            m_ui->restApiKeyLineEdit, m_ui->clientKeyLineEdit, m_ui->masterKeyLineEdit,
                            m_ui->budgetLineEdit, m_ui->trustedCertificateLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::markDirty);
    for (QCheckBox *box : {m_ui->useMasterKeyCheckBox, m_ui->productionCheckBox})
        connect(box, &QCheckBox::toggled, this, &ConnectionDialog::markDirty);
    for (QSpinBox *spin : {m_ui->batchSizeSpinBox, m_ui->timeoutSpinBox})
        connect(spin, &QSpinBox::valueChanged, this, &ConnectionDialog::markDirty);
    connect(m_ui->showKeysCheckBox, &QCheckBox::toggled, this, [this](bool show) {
        const QLineEdit::EchoMode mode = show ? QLineEdit::Normal : QLineEdit::Password;
        for (QLineEdit *edit : {m_ui->restApiKeyLineEdit, m_ui->clientKeyLineEdit, m_ui->masterKeyLineEdit})
            edit->setEchoMode(mode);
    });

    connect(m_ui->profilesListView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QString id = current.data(ProfileListModel::IdRole).toString();
                if (!id.isEmpty() && id != m_currentId)
                    showProfile(id);
            });
    // A save or delete resets the list; keep the profile in the form selected.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_currentId);
        if (row >= 0)
            m_ui->profilesListView->setCurrentIndex(m_model->index(row));
    });

    connect(m_ui->addPushButton, &QPushButton::clicked, this, &ConnectionDialog::addProfile);
    connect(m_ui->deletePushButton, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(m_ui->savePushButton, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(m_ui->testConnectionPushButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_ui->connectPushButton, &QPushButton::clicked, this, &ConnectionDialog::connectToProfile);
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &QDialog::reject);

    connect(m_profiles->secrets(), &SecretStore::persistenceChanged, this,
            &ConnectionDialog::updateKeychainNote);
    updateKeychainNote();

    fitHeight();

    const QList<ServerProfile> saved = m_profiles->profiles();
    if (saved.isEmpty()) {
        addProfile();
    } else {
        const QString last = m_profiles->lastUsedId();
        selectProfile(m_profiles->indexOf(last) >= 0 ? last : saved.first().id);
    }
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::selectProfile(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_ui->profilesListView->setCurrentIndex(m_model->index(row));
}

void ConnectionDialog::showProfile(const QString &id)
{
    settlePendingEdits();
    const int index = m_profiles->indexOf(id);
    if (index < 0)
        return;
    const ServerProfile profile = m_profiles->profiles().at(index);
    m_currentId = id;
    // Saving pending edits resets the list, which moved the selection back to the saved profile.
    selectProfile(id);
    fillForm(profile);
    // Keys come from the keychain, which answers asynchronously; a newer choice wins.
    const quint64 generation = ++m_showGeneration;
    m_profiles->withSecrets(profile, this, [this, generation](const ServerProfile &complete) {
        if (generation == m_showGeneration && !m_dirty)
            fillKeys(complete);
    });
}

void ConnectionDialog::fillForm(const ServerProfile &profile)
{
    m_filling = true;
    m_ui->nameLineEdit->setText(profile.name);
    m_ui->serverUrlLineEdit->setText(profile.serverUrl.toString());
    m_ui->applicationIdLineEdit->setText(profile.applicationId);
    m_ui->useMasterKeyCheckBox->setChecked(profile.useMasterKey);
    m_ui->productionCheckBox->setChecked(profile.production);
    m_ui->batchSizeSpinBox->setValue(profile.batchSize);
    m_ui->timeoutSpinBox->setValue(std::max(1, profile.timeoutMs / kMsPerSecond));
    m_ui->budgetLineEdit->setText(profile.budget);
    m_ui->trustedCertificateLineEdit->setText(profile.trustedCertificate);
    m_filling = false;
    fillKeys(profile);
    m_dirty = false;
    m_ui->testResultLabel->hide();
    updateState();
}

void ConnectionDialog::fillKeys(const ServerProfile &profile)
{
    m_filling = true;
    m_ui->restApiKeyLineEdit->setText(profile.restApiKey);
    m_ui->clientKeyLineEdit->setText(profile.clientKey);
    m_ui->masterKeyLineEdit->setText(profile.masterKey);
    m_filling = false;
}

ServerProfile ConnectionDialog::formProfile() const
{
    ServerProfile p;
    p.id = m_currentId;
    p.name = m_ui->nameLineEdit->text().trimmed();
    p.serverUrl = QUrl(m_ui->serverUrlLineEdit->text().trimmed());
    p.applicationId = m_ui->applicationIdLineEdit->text().trimmed();
    p.restApiKey = m_ui->restApiKeyLineEdit->text().trimmed();
    p.clientKey = m_ui->clientKeyLineEdit->text().trimmed();
    p.masterKey = m_ui->masterKeyLineEdit->text().trimmed();
    p.useMasterKey = m_ui->useMasterKeyCheckBox->isChecked();
    p.production = m_ui->productionCheckBox->isChecked();
    p.batchSize = m_ui->batchSizeSpinBox->value();
    p.timeoutMs = m_ui->timeoutSpinBox->value() * kMsPerSecond;
    p.budget = m_ui->budgetLineEdit->text().trimmed();
    const QString trusted = m_ui->trustedCertificateLineEdit->text().trimmed();
    // Typed or pasted in any spelling; kept as typed when it is no fingerprint, so validation says so.
    p.trustedCertificate = TlsTrust::normalized(trusted).isEmpty() ? trusted : TlsTrust::normalized(trusted);
    return p;
}

void ConnectionDialog::markDirty()
{
    if (m_filling)
        return;
    m_dirty = true;
    // A result describes the values that were tested; after an edit it would mislead.
    if (!m_tester) {
        m_ui->testResultLabel->hide();
        m_ui->trustCertificatePushButton->hide();
        m_ui->useRedirectUrlPushButton->hide();
    }
    updateState();
}

void ConnectionDialog::updateState()
{
    const ServerProfile profile = formProfile();
    const QString problem = profile.validationError();
    m_ui->validationLabel->setText(problem);
    m_ui->validationLabel->setVisible(!problem.isEmpty());

    const bool isNew = m_currentId.isEmpty();
    m_ui->savePushButton->setEnabled(problem.isEmpty() && (m_dirty || isNew));
    m_ui->savePushButton->setToolTip(problem.isEmpty()
                                         ? tr("Store this connection; its keys go to the keychain")
                                         : tr("Can't save yet: %1").arg(problem));
    m_ui->connectPushButton->setEnabled(problem.isEmpty());
    m_ui->connectPushButton->setToolTip(problem.isEmpty() ? tr("Save this connection and connect to it")
                                                          : tr("Can't connect yet: %1").arg(problem));
    m_ui->deletePushButton->setEnabled(!isNew);

    // Testing does not need a name, only what the server sees.
    ServerProfile testable = profile;
    if (testable.name.isEmpty())
        testable.name = QStringLiteral("-");
    m_ui->testConnectionPushButton->setEnabled(testable.validationError().isEmpty() && !m_tester);
}

void ConnectionDialog::settlePendingEdits()
{
    if (!m_dirty)
        return;
    const ServerProfile profile = formProfile();
    if (profile.validationError().isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"), tr("Save the changes to \"%1\" first?").arg(profile.name),
            QMessageBox::Save | QMessageBox::Discard, QMessageBox::Save);
        if (answer == QMessageBox::Save)
            saveProfile();
    }
    m_dirty = false;
}

void ConnectionDialog::addProfile()
{
    settlePendingEdits();
    ServerProfile fresh;
    fresh.name = tr("New connection");
    m_currentId.clear();
    ++m_showGeneration;
    m_ui->profilesListView->clearSelection();
    m_ui->profilesListView->setCurrentIndex({});
    fillForm(fresh);
    m_ui->serverUrlLineEdit->setFocus();
}

void ConnectionDialog::deleteProfile()
{
    if (m_currentId.isEmpty())
        return;
    const QString name = m_ui->nameLineEdit->text();
    const auto answer = QMessageBox::question(
        this, tr("Delete connection"),
        tr("Delete the connection \"%1\" and the keys stored for it? This can't be undone.").arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const QString id = m_currentId;
    m_currentId.clear();
    m_dirty = false;
    m_profiles->remove(id);
    const QList<ServerProfile> rest = m_profiles->profiles();
    if (rest.isEmpty())
        addProfile();
    else
        selectProfile(rest.first().id);
}

bool ConnectionDialog::saveProfile()
{
    const ServerProfile profile = formProfile();
    if (!profile.validationError().isEmpty())
        return false;
    m_dirty = false;
    m_currentId = m_profiles->save(profile);
    selectProfile(m_currentId);
    updateState();
    return true;
}

void ConnectionDialog::testConnection()
{
    ServerProfile profile = formProfile();
    m_tester = new ConnectionTester(profile, m_network, this);
    connect(m_tester, &ConnectionTester::progress, this, [this](const QString &step) {
        ToneKeeper::apply(m_ui->testResultLabel, Tone::None);
        m_ui->testResultLabel->setText(step);
        m_ui->testResultLabel->show();
    });
    connect(m_tester, &ConnectionTester::finished, this, [this](const ConnectionTester::Report &report) {
        m_tester->deleteLater();
        m_tester = nullptr;
        m_ui->testProgressBar->hide();
        const bool ok = report.outcome == ConnectionTester::Outcome::Ok;
        m_offeredCertificate = report.certificate;
        m_ui->trustCertificatePushButton->setVisible(!report.certificate.isEmpty());
        m_offeredUrl = report.suggestedUrl;
        m_ui->useRedirectUrlPushButton->setVisible(!report.suggestedUrl.isEmpty());
        QStringList details;
        if (!report.serverVersion.isEmpty() && !report.message.contains(report.serverVersion))
            details << tr("Server version: %1").arg(report.serverVersion);
        if (report.latencyMs > 0 || ok)
            details << tr("Latency: %1 ms").arg(report.latencyMs);
        const QString text = details.isEmpty()
                                 ? report.message
                                 : report.message + QLatin1Char('\n') + details.join(QStringLiteral(" · "));
        showTestResult(ok, text);
        // The outcome by name, for people scripting or testing the dialog; the text is for reading.
        m_ui->testResultLabel->setProperty(
            "outcome", QString::fromLatin1(QMetaEnum::fromType<ConnectionTester::Outcome>().valueToKey(
                           static_cast<int>(report.outcome))));
        updateState();
    });
    m_ui->testResultLabel->setProperty("outcome", QVariant());
    m_ui->testProgressBar->show();
    updateState();
    m_tester->start();
}

void ConnectionDialog::trustCertificate()
{
    const QString text = tr("Trust the certificate with this SHA-256 fingerprint for \"%1\"?\n\n%2\n\nOnly "
                            "do this if it is the "
                            "server's own certificate: compare the fingerprint with the one on the server "
                            "(openssl x509 -noout "
                            "-fingerprint -sha256 -in cert.pem). Any other certificate is still refused.")
                             .arg(m_ui->nameLineEdit->text(), m_offeredCertificate);
    if (QMessageBox::question(this, tr("Trust certificate"), text, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_ui->trustedCertificateLineEdit->setText(m_offeredCertificate);
    m_ui->trustCertificatePushButton->hide();
    testConnection();
}

void ConnectionDialog::showTestResult(bool ok, const QString &text)
{
    m_ui->testResultLabel->setText(text);
    // Green or red boxes read at a glance.
    const Tone tone = ok ? Tone::Good : Tone::Bad;
    ToneKeeper::apply(m_ui->testResultLabel, tone, tone);
    m_ui->testResultLabel->show();
    // A long result (a certificate's details) may need more than the room kept for it: grow rather than
    // squeeze. A usual one fits, so the buttons stay where the pointer is.
    layout()->activate();
    if (height() < heightForWidth(width()))
        resize(width(), heightForWidth(width()));
}

void ConnectionDialog::fitHeight()
{
    // The layout's minimum height leaves out what the wrapped labels need at this width, and a test
    // result adds a few lines: open tall enough for both, so a test does not grow the dialog.
    constexpr int kResultLines = 3;
    constexpr int kResultFrame = 2 * 6 + 2; // the result box's padding and border
    layout()->activate();
    const int w = std::max(width(), minimumSizeHint().width());
    resize(w, heightForWidth(w) + kResultLines * fontMetrics().lineSpacing() + kResultFrame +
                  layout()->spacing());
}

void ConnectionDialog::connectToProfile()
{
    if (m_dirty || m_currentId.isEmpty()) {
        if (!saveProfile())
            return;
    }
    m_chosenId = m_currentId;
    accept();
}

void ConnectionDialog::reject()
{
    settlePendingEdits();
    QDialog::reject();
}

void ConnectionDialog::updateKeychainNote()
{
    m_ui->keychainNoteLabel->setVisible(!m_profiles->secrets()->isPersistent());
}
