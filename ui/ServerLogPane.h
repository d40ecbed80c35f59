#pragma once

#include <QDateTime>
#include <QWidget>

class ParseClient;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class ServerLogModel;

// The server panel's Logs tab: the server's log (/scriptlog) by level, time range, size and order, a
// free-text filter, follow mode (new entries as they come, each once), and the selected entry in full
// (its stack trace unfolded). Says plainly when the server has no file logger or the key may not read it.
class ServerLogPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerLogPane)

public:
    explicit ServerLogPane(QWidget *parent = nullptr);

    // Reads the newest entries of the last hour; null: not connected.
    void setClient(ParseClient *client);
    ServerLogModel *model() const { return m_model; }
    void load();
    // The log from a minute before to a minute after that time (not followed); without a connection yet,
    // once it comes.
    void showAround(const QDateTime &time);
    static constexpr int kAroundSecs = 60;

private:
    void showState();
    void showSelected();
    void showWindow(const QDateTime &from, const QDateTime &until);

    ServerLogModel *m_model;
    QSortFilterProxyModel *m_filter;
    QComboBox *m_levelCombo;
    QDateTimeEdit *m_fromEdit;
    QDateTimeEdit *m_untilEdit;
    QCheckBox *m_untilNowCheck;
    QSpinBox *m_sizeSpin;
    QComboBox *m_orderCombo;
    QCheckBox *m_followCheck;
    QLineEdit *m_filterEdit;
    QLabel *m_statusLabel;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QDateTime m_around; // asked for before the connection came
    bool m_connected = false;
};
