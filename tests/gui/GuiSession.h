#pragma once

#include "core/net/ServerProfile.h"
#include "core/settings/ProfileStore.h"
#include "core/settings/SecretStore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <memory>

class MainWindow;

// One GUI test's world: settings in a temporary directory, secrets in memory only, a profile store over
// them, and main windows opened on it as a user opens them. A test function makes a new one in init().
class GuiSession final
{
public:
    GuiSession();
    ~GuiSession();
    Q_DISABLE_COPY_MOVE(GuiSession)

    bool isValid() const { return m_dir.isValid(); }
    QSettings *settings() { return &m_settings; }
    SecretStore *secrets() { return &m_secrets; }
    ProfileStore *store() { return m_store.get(); }
    // A new store over the same settings and secrets, as after a restart.
    void reopenStore();
    // Saves the profile as a new one and returns its id.
    QString saveProfile(ServerProfile profile);

    // 1280 x 800, shown and active (shortcuts need the active window; an X server without a window
    // manager activates none by itself).
    std::unique_ptr<MainWindow> openWindow();
    // Connected to the saved profile `profileId` and settled, with the tab of objectName `tab` current.
    std::unique_ptr<MainWindow> connectedWindow(const QString &profileId, const QString &tab = {});
    static bool waitSettled(MainWindow *window);

private:
    QTemporaryDir m_dir;
    QSettings m_settings;
    SecretStore m_secrets;
    std::unique_ptr<ProfileStore> m_store;
};
