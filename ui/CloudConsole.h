#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QWidget>
#include <memory>

class CloudCallModel;
class JsonTableModel;
class ParseClient;
class QSettings;

namespace Ui {
class CloudConsole;
}

// The Cloud Code console: call a function or start a job by name with JSON parameters, as JSON or
// form-urlencoded, with or without the master key, as a user; see the result as JSON (and as a table
// when it is a list of objects), the Parse error plainly, the time taken, and re-run past calls.
class CloudConsole final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudConsole)

public:
    static constexpr int kRememberedNames = 30;

    explicit CloudConsole(QWidget *parent = nullptr);
    ~CloudConsole() override;

    // Where the names called before are kept, per profile.
    void setSettings(QSettings *settings);
    // The function names called before on a profile, newest first (row scripts offer them too).
    static QStringList functionNames(const QSettings *settings, const QString &profileId);
    // A null client means not connected. A new connection starts a new history.
    void setConnection(ParseClient *client, const QString &profileId);
    // The call history as kept between runs of the app (CloudCallModel::state), and back.
    QJsonObject historyState() const;
    void restoreHistory(const QJsonObject &state);

Q_SIGNALS:
    // The server's log around when the selected call was made (a failed one, typically).
    void serverLogAroundRequested(const QDateTime &time);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Runs the call the inputs describe, or says under them why they describe none.
    void run();
    bool isJob() const;
    void followKind();
    void loadNames();
    void rememberName(const QString &name);
    void rerun(int row);
    void showSelected();
    void showRunnable();

    std::unique_ptr<Ui::CloudConsole> m_ui;
    CloudCallModel *m_calls;
    JsonTableModel *m_table;
    QSettings *m_settings = nullptr;
    QString m_profileId;
    bool m_connected = false;
    bool m_hasMasterKey = false;
    bool m_writesLocked = false;      // a locked production connection: functions and jobs may write
    bool m_functionMasterKey = false; // the box's state for functions, kept while jobs force it on
};
