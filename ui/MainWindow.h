#pragma once

#include <QMainWindow>
#include <QNetworkAccessManager>
#include <functional>
#include <memory>

class ClassListModel;
class Connection;
class ProfileListModel;
class ProfileStore;
class QComboBox;
class QSettings;
class RequestLogModel;
struct ServerProfile;

namespace Ui {
class MainWindow;
}

// The main window: pick a connection, browse its classes, compose batches, watch its requests. It owns the
// one QNetworkAccessManager and the connected profile's Connection.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // settings: where the window keeps its own state (language, geometry, last class per profile).
    MainWindow(ProfileStore *profiles, QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void connectToProfile(const QString &id);
    // Reconnects to the profile used last, or explains how to add one.
    void connectToLastUsed();
    void showConnectionDialog();

    // True once nothing more is on its way for the current connection: the class list, its counts
    // and the server version have arrived or failed (or there is no connection).
    bool isSettled() const;

Q_SIGNALS:
    // The user chose "Restart now" after changing the language, and the window has closed (pending work
    // settled): the application starts itself again with the same arguments.
    void restartRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void startClient(const ServerProfile &profile);
    void disconnectFromServer();
    void reload();
    void showProfileState(const ServerProfile *profile);
    void showJournal();
    void syncProfileCombo();
    void showAbout();
    // Before the connection's panels are left (close, quit, another connection): Save / Discard / Cancel
    // when cells or Parse Config parameters are edited and not saved, or the batch composer holds operations
    // not sent or settled.
    // True to go on now; false to stay, or to wait for the save, after which `then` runs.
    bool confirmLeave(const std::function<void()> &then);
    // Runs what waited for a save once the cells are written and the batch under way has finished.
    void continueLeaving();
    // The composer's operations and the Cloud Code history of the connected profile, for its next start.
    void saveWorkspace();
    void restoreWorkspace(const QString &profileId);

    std::unique_ptr<Ui::MainWindow> m_ui;
    ProfileStore *m_profiles;
    QSettings *m_settings;
    QNetworkAccessManager m_network;
    ProfileListModel *m_profileList;
    ClassListModel *m_classes;
    RequestLogModel *m_requestLog;
    QComboBox *m_profileComboBox;
    Connection *m_connection = nullptr; // the open one, shared by every panel
    QString m_profileId;                // connected, or being connected to
    quint64 m_connectGeneration = 0;    // a newer connect wins over a keychain read still under way
    std::function<void()> m_afterSave;  // leaving, once the save the user chose has finished
    bool m_savingCells = false;         // that save's cell writes are under way
    bool m_savingConfig = false;        // and its Parse Config save
    bool m_leaveConfirmed = false;      // the user chose already: leaving goes on without asking again
};
