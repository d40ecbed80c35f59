#pragma once

#include "core/net/ServerProfile.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class ConnectionTester;
class ProfileListModel;
class ProfileStore;
class QNetworkAccessManager;

namespace Ui {
class ConnectionDialog;
}

// Saved connections: add, edit, delete, test, and pick one to connect to (Connect accepts the dialog).
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    ConnectionDialog(ProfileStore *profiles, QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void selectProfile(const QString &id);
    // The profile to connect to, once the dialog was accepted.
    QString chosenProfileId() const { return m_chosenId; }

    // Close and Escape: offers to save pending edits first.
    void reject() override;

private:
    void showProfile(const QString &id);
    void fillForm(const ServerProfile &profile);
    void fillKeys(const ServerProfile &profile);
    ServerProfile formProfile() const;
    void markDirty();
    void updateState();
    // Offers to save pending edits before the form shows something else.
    void settlePendingEdits();

    void addProfile();
    void deleteProfile();
    bool saveProfile();
    void testConnection();
    // Puts the certificate the last test met in the profile, after the user confirmed its fingerprint.
    void trustCertificate();
    void connectToProfile();
    void showTestResult(bool ok, const QString &text);
    void fitHeight();
    void updateKeychainNote();

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    ProfileStore *m_profiles;
    QNetworkAccessManager *m_network;
    ProfileListModel *m_model;
    QString m_currentId; // the profile in the form; empty for a new one not saved yet
    QString m_chosenId;
    bool m_dirty = false;
    QString m_offeredCertificate; // the fingerprint of the certificate the last test refused
    QUrl m_offeredUrl;            // where the server redirected the last test to
    bool m_filling = false;       // the form is being filled from a profile, not edited
    quint64 m_showGeneration = 0;
    QPointer<ConnectionTester> m_tester;
};
