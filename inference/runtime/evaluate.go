package runtime

import (
	"context"
	"fmt"
	"math"
)

// Evaluation compares the quantized path with the float32 reference path on
// a labelled set.
type Evaluation struct {
	N             int
	Correct       int     // quantized predictions equal to the label
	FloatCorrect  int     // float32 predictions equal to the label
	Agree         int     // quantized prediction == float32 prediction
	Accuracy      float64 // Correct / N
	FloatAccuracy float64 // FloatCorrect / N
	Agreement     float64 // Agree / N
	// Predictions and FloatPredictions are per example, so that two
	// evaluations (say merged and unmerged) can be compared.
	Predictions      []int
	FloatPredictions []int
}

// Evaluate runs req (its adapter, ensemble and merged settings; inputs come
// from images) on every image with both paths. The engine needs its float
// model.
func (e *Engine) Evaluate(ctx context.Context, images [][]float32, labels []uint8, req Request) (*Evaluation, error) {
	if len(images) == 0 || len(images) != len(labels) {
		return nil, fmt.Errorf("%w: %d images with %d labels", ErrBadInput, len(images), len(labels))
	}
	if req.Input != nil || req.InputQ != nil || req.Trace {
		return nil, fmt.Errorf("%w: evaluation requests take no input and write no trace", ErrBadInput)
	}
	req.Float = true
	p, err := e.prepare(ctx, req)
	if err != nil {
		return nil, err
	}
	ev := &Evaluation{N: len(images), Predictions: make([]int, len(images)), FloatPredictions: make([]int, len(images))}
	for i, img := range images {
		req.Input = img
		res, err := e.run(ctx, p, req)
		if err != nil {
			return nil, fmt.Errorf("image %d: %w", i, err)
		}
		fp := argmaxF(res.Float)
		ev.Predictions[i], ev.FloatPredictions[i] = res.Prediction, fp
		if res.Prediction == int(labels[i]) {
			ev.Correct++
		}
		if fp == int(labels[i]) {
			ev.FloatCorrect++
		}
		if fp == res.Prediction {
			ev.Agree++
		}
	}
	n := float64(ev.N)
	ev.Accuracy, ev.FloatAccuracy, ev.Agreement = float64(ev.Correct)/n, float64(ev.FloatCorrect)/n, float64(ev.Agree)/n
	return ev, nil
}

// argmaxF returns the index of the first maximum, like quant.Argmax.
func argmaxF(v []float32) int {
	best := 0
	for i, x := range v {
		if x > v[best] || (math.IsNaN(float64(v[best])) && !math.IsNaN(float64(x))) {
			best = i
		}
	}
	return best
}
