#pragma once

#include <QDialog>
#include <QJsonObject>

class ParseClient;
class QDialogButtonBox;
class QLabel;
class QueryBuilder;

// A QueryBuilder in a dialog, for the panels that take a where as one line of JSON (the object browser,
// the live listings): the where is built with the mouse and goes back into the line as compact JSON.
// Only the where is handed back; those panels have their own order and paging.
class QueryBuilderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryBuilderDialog)

public:
    explicit QueryBuilderDialog(QWidget *parent = nullptr);
    ~QueryBuilderDialog() override;

    void setClient(ParseClient *client);
    void setClass(const QString &className, const QJsonObject &schema);
    // Starts from the text of the panel's where line when it is a JSON object; anything else (empty, a
    // half-typed where) starts from an empty query rather than refusing to open.
    void setWhereText(const QString &text);
    // The built where as compact JSON; empty for no constraints, as the panels show "all objects".
    QString whereText() const;
    QueryBuilder *builder() const { return m_builder; }

private:
    void updateAcceptable();

    QueryBuilder *m_builder;
    QLabel *m_reasonLabel;
    QDialogButtonBox *m_buttonBox;
};
