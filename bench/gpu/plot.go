package main

import (
	"bufio"
	"errors"
	"fmt"
	"html"
	"io"
	"math"
	"time"
)

// Plot geometry in SVG user units.
const (
	svgW, svgH                   = 780, 440
	marginL, marginR             = 84, 190
	marginT, marginB             = 44, 52
	plotAreaW, plotAreaH float64 = svgW - marginL - marginR, svgH - marginT - marginB
)

// series is one line of the plot.
type series struct {
	name  string
	color string
	at    func(Row) float64 // seconds
}

// WriteSVG draws the median prove times of rows against log2 of the constraint
// count, with a log-scale time axis, as a standalone SVG document: gnark on the
// CPU and the accelerated backend, each point of the latter labelled with its
// speedup.
func WriteSVG(w io.Writer, rows []Row, title string) error {
	var pts []Row
	for _, r := range rows {
		if r.CPUProve > 0 && r.AccelProve > 0 && r.Constraints > 0 {
			pts = append(pts, r)
		}
	}
	if len(pts) == 0 {
		return errors.New("plot: no rows with prove times")
	}
	lines := []series{
		{name: fmt.Sprintf("gnark %s, %d threads", pts[0].CPUBackend, pts[0].CPUThreads), color: "#1f77b4", at: func(r Row) float64 { return r.CPUProve.Seconds() }},
		{name: pts[0].AccelBackend, color: "#d62728", at: func(r Row) float64 { return r.AccelProve.Seconds() }},
	}

	x0, x1 := math.Inf(1), math.Inf(-1)
	y0, y1 := math.Inf(1), math.Inf(-1)
	for _, r := range pts {
		x := math.Log2(float64(r.Constraints))
		x0, x1 = math.Min(x0, x), math.Max(x1, x)
		for _, s := range lines {
			y := math.Log10(s.at(r))
			y0, y1 = math.Min(y0, y), math.Max(y1, y)
		}
	}
	x0, x1 = math.Floor(x0), math.Ceil(x1)
	if x1 == x0 {
		x0, x1 = x0-1, x1+1
	}
	y0, y1 = math.Floor(y0), math.Ceil(y1)
	if y1 == y0 {
		y1++
	}
	px := func(log2n float64) float64 { return marginL + (log2n-x0)/(x1-x0)*plotAreaW }
	py := func(sec float64) float64 { return marginT + plotAreaH - (math.Log10(sec)-y0)/(y1-y0)*plotAreaH }

	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	p(`<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`+"\n", svgW, svgH, svgW, svgH)
	p(`<rect width="100%%" height="100%%" fill="white"/>` + "\n")
	p(`<text x="%g" y="24" text-anchor="middle" font-size="15">%s</text>`+"\n", marginL+plotAreaW/2, html.EscapeString(title))

	// Grid: every power of two across, every decade up.
	for x := x0; x <= x1; x++ {
		p(`<line x1="%.1f" y1="%g" x2="%.1f" y2="%g" stroke="#ddd"/>`+"\n", px(x), float64(marginT), px(x), marginT+plotAreaH)
		p(`<text x="%.1f" y="%g" text-anchor="middle">2^%g</text>`+"\n", px(x), marginT+plotAreaH+18, x)
	}
	for d := y0; d <= y1; d++ {
		sec := math.Pow(10, d)
		p(`<line x1="%d" y1="%.1f" x2="%g" y2="%.1f" stroke="#ddd"/>`+"\n", marginL, py(sec), marginL+plotAreaW, py(sec))
		p(`<text x="%d" y="%.1f" text-anchor="end" dominant-baseline="middle">%s</text>`+"\n", marginL-8, py(sec), tickLabel(sec))
	}
	p(`<rect x="%d" y="%d" width="%g" height="%g" fill="none" stroke="#444"/>`+"\n", marginL, marginT, plotAreaW, plotAreaH)
	p(`<text x="%g" y="%d" text-anchor="middle">constraints</text>`+"\n", marginL+plotAreaW/2, svgH-12)
	p(`<text transform="translate(18 %g) rotate(-90)" text-anchor="middle">prove time (median, log scale)</text>`+"\n", marginT+plotAreaH/2)

	for i, s := range lines {
		p(`<polyline fill="none" stroke="%s" stroke-width="2" points="`, s.color)
		for j, r := range pts {
			if j > 0 {
				p(" ")
			}
			p("%.1f,%.1f", px(math.Log2(float64(r.Constraints))), py(s.at(r)))
		}
		p(`"/>` + "\n")
		for _, r := range pts {
			x, y := px(math.Log2(float64(r.Constraints))), py(s.at(r))
			p(`<circle cx="%.1f" cy="%.1f" r="4" fill="%s"><title>%s: %s</title></circle>`+"\n", x, y, s.color, html.EscapeString(sizeLabel(r)), human(time.Duration(s.at(r)*1e9)))
			if i == 1 {
				p(`<text x="%.1f" y="%.1f" text-anchor="middle" fill="%s" font-size="11">%s</text>`+"\n", x, y+16, s.color, speedupText(r.Speedup()))
			}
		}
		// Legend, right of the plot.
		ly := float64(marginT + 14 + 20*i)
		p(`<line x1="%g" y1="%g" x2="%g" y2="%g" stroke="%s" stroke-width="2"/>`+"\n", marginL+plotAreaW+10, ly, marginL+plotAreaW+30, ly, s.color)
		p(`<text x="%g" y="%g" dominant-baseline="middle" font-size="11">%s</text>`+"\n", marginL+plotAreaW+35, ly, html.EscapeString(s.name))
	}
	p(`<text x="%g" y="%d" font-size="11" fill="#555">labels: speedup</text>`+"\n", marginL+plotAreaW+10, marginT+14+20*len(lines))
	p("</svg>\n")
	return bw.Flush()
}

func tickLabel(sec float64) string {
	switch {
	case sec >= 1:
		return fmt.Sprintf("%g s", sec)
	default:
		return fmt.Sprintf("%g ms", sec*1000)
	}
}

// speedupText is "12.5×", with two decimals below 1.
func speedupText(v float64) string {
	if v < 1 {
		return fmt.Sprintf("%.2f×", v)
	}
	return fmt.Sprintf("%.1f×", v)
}
