package uk.policenewsroom.operations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart, drawn by the server as SVG (templates/operations/chart.html):
 * no script, no inline style, only geometry and classes from site.css, so the Content
 * Security Policy holds. Each bar has its label above it and its figure at the right,
 * which reads on a 390 px phone and needs no axis. Geometry is in SVG user units; the
 * figures themselves are never rounded, only the length of a bar.
 *
 * @param id unique on the page; the title and description ids derive from it
 * @param title what the chart shows, its accessible name
 * @param description every figure, for people who cannot see the bars
 */
public record BarChart(String id, String title, String description, int width, int height, List<Bar> bars) {

	static final int WIDTH = 320;

	private static final int ROW = 44;

	private static final int LABEL_BASELINE = 15;

	private static final int BAR_TOP = 21;

	/** Roughly how many characters of 13-unit text fit across the chart. */
	private static final int CHARACTERS = 46;

	static BarChart of(String id, String title, List<Item> items) {
		BigDecimal max = items.stream().map(Item::amount).reduce(BigDecimal.ZERO, BigDecimal::max);
		List<Bar> bars = new ArrayList<>();
		StringBuilder description = new StringBuilder(title).append(". ");
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			int top = i * ROW;
			BigDecimal length = (max.signum() == 0) ? BigDecimal.ZERO
					: item.amount().multiply(BigDecimal.valueOf(WIDTH)).divide(max, 1, RoundingMode.HALF_UP);
			bars.add(new Bar(shorten(item.label(), CHARACTERS - item.shown().length() - 2), item.shown(),
					top + LABEL_BASELINE, top + BAR_TOP, length.toPlainString()));
			description.append(item.label())
				.append(": ")
				.append(item.shown())
				.append((i < items.size() - 1) ? "; " : ".");
		}
		return new BarChart(id, title, description.toString(), WIDTH, Math.max(items.size() * ROW, 1),
				List.copyOf(bars));
	}

	static String shorten(String label, int room) {
		int fits = Math.max(room, 8);
		return (label.length() <= fits) ? label : label.substring(0, fits - 1).stripTrailing() + "…";
	}

	public String titleId() {
		return this.id + "-title";
	}

	public String descriptionId() {
		return this.id + "-desc";
	}

	public String viewBox() {
		return "0 0 " + this.width + " " + this.height;
	}

	/**
	 * What a bar stands for: its label, its figure as shown, and the amount it is drawn
	 * to.
	 */
	record Item(String label, String shown, BigDecimal amount) {

	}

	/**
	 * A bar as drawn: {@code textY} is the baseline of its label and figure, {@code barY}
	 * the top of the bar, {@code length} its length in user units.
	 */
	public record Bar(String label, String value, int textY, int barY, String length) {

	}

}
