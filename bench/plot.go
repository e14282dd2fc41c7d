package bench

import (
	"bufio"
	"errors"
	"fmt"
	"html"
	"io"
	"math"
	"slices"
)

// Plot geometry in SVG user units.
const (
	plotW, plotH            = 720, 440
	padL, padR, padT, padB  = 70, 30, 40, 55
	innerW, innerH          = plotW - padL - padR, plotH - padT - padB
	pointRadius             = 4
	powerOfTwoLabelY        = padT + 12
	labelWidth, labelHeight = 160, 14 // room a point label takes
	edgeRoom                = 0.04    // log10 units left free at both ends of the x axis
)

// PlotSVG draws the prove time of every proved result against its
// constraint count on log-log axes, with the power-of-two domain boundaries
// in the range as dashed lines, as a standalone SVG document.
func PlotSVG(w io.Writer, rs []Result) error {
	var pts []Result
	for _, r := range rs {
		if r.Proved() && r.Prove > 0 && r.Constraints > 0 {
			pts = append(pts, r)
		}
	}
	if len(pts) == 0 {
		return errors.New("bench: plot: no proved results")
	}
	// x spans powers of two, from below the smallest circuit to the largest
	// domain, so every point's domain boundary is visible; y spans whole
	// decades with some room around the points.
	minC, maxD := math.Inf(1), 0.0
	minY, maxY := math.Inf(1), math.Inf(-1)
	for _, r := range pts {
		minC = math.Min(minC, float64(r.Constraints))
		maxD = math.Max(maxD, float64(domain(r.Constraints)))
		y := math.Log10(r.Prove.Seconds())
		minY, maxY = math.Min(minY, y), math.Max(maxY, y)
	}
	lg2 := math.Log10(2)
	x0 := (math.Floor(math.Log2(minC))-1)*lg2 - edgeRoom
	x1 := math.Log2(maxD)*lg2 + edgeRoom
	y0, y1 := math.Floor(minY-0.1), math.Ceil(maxY+0.1)
	px := func(v float64) float64 { return padL + (math.Log10(v)-x0)/(x1-x0)*innerW }
	py := func(v float64) float64 { return padT + innerH - (math.Log10(v)-y0)/(y1-y0)*innerH }

	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	p(`<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`+"\n", plotW, plotH, plotW, plotH)
	p(`<rect width="100%%" height="100%%" fill="white"/>` + "\n")
	p(`<text x="%d" y="22" text-anchor="middle" font-size="14">%s</text>`+"\n", plotW/2, html.EscapeString("Groth16 prove time vs constraints (BN254, "+pts[0].Backend+" backend)"))

	// Grid and decade ticks.
	for d := math.Ceil(x0); d <= x1; d++ {
		x := padL + (d-x0)/(x1-x0)*innerW
		p(`<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#ddd"/>`+"\n", x, padT, x, padT+innerH)
		p(`<text x="%.1f" y="%d" text-anchor="middle">10<tspan dy="-5" font-size="9">%d</tspan></text>`+"\n", x, padT+innerH+18, int(d))
	}
	for d := y0; d <= y1; d++ {
		y := padT + innerH - (d-y0)/(y1-y0)*innerH
		p(`<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#ddd"/>`+"\n", padL, y, padL+innerW, y)
		p(`<text x="%d" y="%.1f" text-anchor="end">%s s</text>`+"\n", padL-6, y+4, html.EscapeString(decade(int(d))))
	}
	// Powers of two: crossing one doubles the FFT domain.
	for k := int(math.Ceil(x0 / lg2)); float64(k)*lg2 <= x1; k++ {
		x := padL + (float64(k)*lg2-x0)/(x1-x0)*innerW
		p(`<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#9bb" stroke-dasharray="4 3"/>`+"\n", x, padT, x, padT+innerH)
		p(`<text x="%.1f" y="%d" text-anchor="middle" fill="#577" font-size="10">2<tspan dy="-4" font-size="8">%d</tspan></text>`+"\n", x, powerOfTwoLabelY, k)
	}
	p(`<rect x="%d" y="%d" width="%d" height="%d" fill="none" stroke="#333"/>`+"\n", padL, padT, innerW, innerH)
	p(`<text x="%d" y="35" text-anchor="middle" fill="#577" font-size="10">dashed: powers of two; each point's bar runs to its FFT domain, the power of two the prover pays for</text>`+"\n", plotW/2)
	p(`<text x="%d" y="%d" text-anchor="middle">constraints</text>`+"\n", padL+innerW/2, plotH-12)
	p(`<text x="16" y="%d" text-anchor="middle" transform="rotate(-90 16 %d)">prove time</text>`+"\n", padT+innerH/2, padT+innerH/2)

	// Points, each with a line to its FFT domain (the power of two the
	// prover pays for), and labels moved below their point when they would
	// overlap an earlier one.
	slices.SortStableFunc(pts, func(a, b Result) int { return a.Constraints - b.Constraints })
	type spot struct{ x, y float64 }
	at := make([]spot, len(pts))
	for i, r := range pts {
		at[i] = spot{px(float64(r.Constraints)), py(r.Prove.Seconds())}
	}
	near := func(a, b spot) bool { return math.Abs(a.x-b.x) < labelWidth && math.Abs(a.y-b.y) < 2*labelHeight }
	prevAnchor := ""
	for i, r := range pts {
		x, y := at[i].x, at[i].y
		p(`<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#c33" stroke-opacity="0.35" stroke-width="2"/>`+"\n", x, y, px(float64(domain(r.Constraints))), y)
		p(`<circle cx="%.1f" cy="%.1f" r="%d" fill="#c33"><title>%s</title></circle>`+"\n", x, y, pointRadius,
			html.EscapeString(fmt.Sprintf("%s: %d constraints, %s", r.Case.Name, r.Constraints, dur(r.Prove))))
		// Labels go right of their point; left when the point is near the
		// right edge or has a neighbour to its right, and below when a
		// neighbour to its left already took the space above.
		anchor, dx, dy := "start", 7.0, -8.0
		if x > padL+0.7*innerW || (i+1 < len(pts) && near(at[i], at[i+1])) {
			anchor, dx = "end", -7
		}
		if i > 0 && near(at[i-1], at[i]) && anchor == "start" && prevAnchor == "start" {
			dy = 18
		}
		prevAnchor = anchor
		p(`<text x="%.1f" y="%.1f" text-anchor="%s">%s</text>`+"\n", x+dx, y+dy, anchor, html.EscapeString(r.Case.Name+" ("+dur(r.Prove)+")"))
	}
	p("</svg>\n")
	return bw.Flush()
}

// decade formats 10^d seconds as a plain number.
func decade(d int) string {
	if d >= 0 {
		return fmt.Sprintf("%.0f", math.Pow10(d))
	}
	return fmt.Sprintf("%.*f", -d, math.Pow10(d))
}
