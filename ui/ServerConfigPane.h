#pragma once

#include <QPointer>
#include <QWidget>

class ConfigConflictModel;
class ConfigModel;
class ParseClient;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
struct ParseResult;

// The server panel's Config tab: Parse Config's parameters with their types, typed editing (the class
// browser's editors), masterKeyOnly, add, rename, delete and a filter by name. Save reads the config again
// first; parameters a colleague changed meanwhile show their three values and wait for a choice. Read-only
// while the profile's writes are locked (production).
class ServerConfigPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerConfigPane)

public:
    explicit ServerConfigPane(QWidget *parent = nullptr);

    // Reads the client's config; null: not connected.
    void setClient(ParseClient *client);
    ConfigModel *model() const { return m_model; }

private:
    void addParameter();
    void deleteSelected();
    void reload();
    void showLoaded(const ParseResult &result);
    void showSaved(const ParseResult &result);
    // The buttons as the config and the connection allow, and the conflicts if any.
    void showTools();
    // That, and what the table shows or why it is empty, under the tools.
    void showState();
    void say(const QString &text, bool problem);

    QPointer<ParseClient> m_client;
    ConfigModel *m_model;
    ConfigConflictModel *m_conflicts;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_filterEdit;
    QLineEdit *m_newNameEdit;
    QComboBox *m_newTypeCombo;
    QPushButton *m_addButton;
    QPushButton *m_deleteButton;
    QPushButton *m_reloadButton;
    QPushButton *m_saveButton;
    QLabel *m_statusLabel;
    QTableView *m_table;
    QFrame *m_conflictFrame;
};
