// Build-time tool: renders the scalable icon into the hicolor PNG sizes.
// Usage: strata-iconrender ICON.svg OUTDIR SIZE...
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 2;
    QSvgRenderer svg(args[1]);
    if (!svg.isValid())
        return 1;
    for (qsizetype i = 3; i < args.size(); ++i) {
        const int size = args[i].toInt();
        QImage img(size, size, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::transparent);
        QPainter p(&img);
        svg.render(&p);
        p.end();
        if (!img.save(args[2] + QStringLiteral("/%1.png").arg(size)))
            return 1;
    }
    return 0;
}
