// Package ner is the entity recognizer: an averaged structured perceptron
// over BILOU tags with Viterbi decoding, in two stages, whose model is
// embedded from model/ner.bin. Load parses it once; Recognizer.Recognize
// turns an analyzed document into PER, LOC, ORG and MISC Mentions. That,
// with the Label constants, is all the runtime needs.
//
// # The contract between trainer and runtime
//
// The trainer, internal/nertrain, builds the model; it imports this
// package and never the other way round (Go forbids the cycle), so the
// runtime does not link the trainer. A model only works if the trainer
// computes exactly the features the runtime computes, in the same order,
// and writes the format Parse reads. The rest of the exported names exist
// for that, and only for that:
//
//   - tags: TagSet, NewTagSet, SchemeBIO, SchemeBILOU, Labels,
//     (*Recognizer).TagSet; TagSet's Encode and Decode map mentions to tags
//     and back.
//   - token analysis: TokenInfo, PrepareInfos, Clusters.
//   - features: the groups FeatClusters, FeatGazetteer and FeatDoc;
//     BaseFeatures (first stage), WordFeatures (the subset that training
//     hides now and then), DocFeatures and DocScratch (second stage),
//     GazMarker and LoadGazMarker (gazetteer marks).
//   - decoding: Viterbi, ViterbiScratch.
//   - the model format: ModelMagic, Parse, EncodeModel, ModelData,
//     ModelRow.
//
// Changing what any of these compute changes the features the model was
// trained on: retrain (go run ./cmd/newsextract train, see
// model/README.md) and commit the model with its checksum.
//
// Files by concern: ner.go (Recognizer, Recognize), parts.go (a long
// document read in parts), model.go (Load, Parse),
// modelfile.go (the file layout, EncodeModel), clusters.go (word clusters),
// tags.go (tag sets), token.go (per-token analysis and document casing),
// features.go (first-stage features), docfeatures.go (second-stage
// features), gazmarks.go (gazetteer marks), hash.go (feature hashing),
// viterbi.go (decoding), rows.go (summing a token's dense rows),
// viterbi_vector.go (decoding over padded transitions); the AVX2 kernels
// of the last two in rows_amd64.s and viterbi_amd64.s, with their Go
// equivalents for other processors and builds in rows_other.go and
// viterbi_other.go.
package ner
