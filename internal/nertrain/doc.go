// Package nertrain trains the entity recognizer of internal/ner: Train
// reads gold JSON Lines (CoNLL-2003 style), learns word clusters, trains
// the two stages' averaged perceptrons, choosing epochs on dev, and
// returns the model in the format ner.Parse reads. `newsextract train`
// runs it; the runtime never links this package.
//
// Training is deterministic: the same data, lexicon and Options give the
// same bytes (TestTrainDeterministic guards it). Everything that could
// vary is fixed: sentence orders and dropout come from seeded generators,
// work split over goroutines writes to per-index slots, maps are read in
// sorted order.
//
// Files by concern: train.go (Train and its steps), options.go, data.go
// (loading and analyzing gold data), features.go (numbering features),
// perceptron.go (weights and updates), stage.go (training a stage, restarts,
// jackknifing), decode.go (tagging with trained weights), clusters.go
// (exchange-algorithm word clusters), model.go (serializing), evaluate.go
// (scoring).
package nertrain
