#include "Csv.h"

namespace Csv {

QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray table(const QStringList &header, const QList<QStringList> &rows)
{
    QString out;
    const auto line = [&out](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            out += field(cells.at(i));
        }
        out += QLatin1String("\r\n");
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    return out.toUtf8();
}

} // namespace Csv
