#pragma once

#include "core/models/PrincipalSearchModel.h"

#include <QDialog>
#include <optional>

class ParseClient;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

// Picks a user (by username) or a role (by name) from what the server has, searched as one types; what it
// gives back is the objectId and name of an existing one, never text typed as an id.
class PrincipalPicker final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrincipalPicker)

public:
    struct Choice
    {
        QString objectId;
        QString name;
    };

    PrincipalPicker(ParseClient *client, PrincipalSearchModel::Kind kind, QWidget *parent = nullptr);

    std::optional<Choice> choice() const;
    static std::optional<Choice> pick(ParseClient *client, PrincipalSearchModel::Kind kind, QWidget *parent);

private:
    PrincipalSearchModel *m_model;
    QLineEdit *m_search;
    QListView *m_results;
    QLabel *m_status;
    QTimer *m_searchTimer; // one search after a pause in typing, not one per key
};
