package io.parzen.operator.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;

/** The report's chart look (white background, light grid, one palette) and PNG encoding. */
final class ChartTheme {
    /**
     * Series colours: Okabe-Ito and Tol's colour-blind-friendly palettes, without red (kept for
     * the best trial) and without yellows too pale on white.
     */
    static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0x56B4E9), new Color(0x000000), new Color(0x882255), new Color(0x999933),
        new Color(0x332288), new Color(0x44AA99),
    };
    /** The best trial's colour. */
    static final Color BEST = new Color(0xCC0000);
    /** Ordinary points. */
    static final Color POINT = new Color(0x0072B2);
    /** Points of early-stopped trials (Okabe-Ito orange). */
    static final Color STOPPED = new Color(0xE69F00);
    static final Color GRID = new Color(0xDDDDDD);
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    static {
        // Charts are drawn off screen: on a server, in CI, in a container.
        System.setProperty("java.awt.headless", "true");
    }

    private ChartTheme() {}

    /** Colour {@code i} of the palette, cycling. */
    static Paint color(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    /** Applies the look to an XY chart and adds an optional subtitle. */
    static JFreeChart style(JFreeChart chart, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE);
        }
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE);
            sub.setPaint(Color.DARK_GRAY);
            chart.addSubtitle(sub);
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            plot(plot);
        }
        return chart;
    }

    /** The look of one XY plot. */
    static void plot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlineVisible(false);
    }

    /** The chart as PNG bytes of the given size. */
    static byte[] png(JFreeChart chart, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
        return out.toByteArray();
    }
}
