package nertrain

// Options configures Train. DefaultOptions gives the settings
// the embedded model was trained with.
type Options struct {
	// Scheme is the tag scheme, "bilou" or "bio".
	Scheme string
	// Epochs is the most passes over the training data per stage; the
	// epoch with the best dev F1 is kept.
	Epochs int
	// Patience stops a stage after this many epochs without a better dev F1.
	Patience int
	// MinCount drops features seen fewer times in the training data.
	MinCount int
	// Clusters adds word-cluster features learnt from the training and dev
	// text (never the test text).
	Clusters bool
	// Gazetteer adds the lexicon's list-membership features.
	Gazetteer bool
	// DocStage adds the second, document-level stage.
	DocStage bool
	// Folds is the number of jackknife folds that give the second stage
	// honest first-stage labels on the training data.
	Folds int
	// Prune drops quantized weights (out of ±32767 for the largest) smaller
	// in magnitude: they barely move scores but cost memory and time.
	Prune int16
	// Seed fixes the shuffling, so the same data gives the same model.
	Seed uint64
	// FinalOnTrainDev retrains, once the epochs of both stages are chosen
	// on dev, on the training and dev data together with those epoch
	// counts, and returns that model. The usual last step after model
	// selection: a fifth more labelled text, mostly names the training
	// data lacks. The report's dev scores are then those of the selection
	// run (the returned model has seen dev).
	FinalOnTrainDev bool
	// WordDropout is the probability with which a token's word-identity
	// features are hidden in one training pass over its sentence.
	WordDropout float64
	// Restarts is how many perceptrons, on different sentence orders, each
	// stage averages.
	Restarts int
}

// DefaultOptions returns the settings chosen on the dev set.
func DefaultOptions() Options {
	return Options{
		Scheme:    "bilou",
		Epochs:    20,
		Patience:  4,
		MinCount:  1,
		Clusters:  true,
		Gazetteer: true,
		DocStage:  true,
		Folds:     5,
		Seed:      1,

		WordDropout:     0.2,
		Restarts:        3,
		FinalOnTrainDev: true,
	}
}
