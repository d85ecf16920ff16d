// Package ner is the entity recognizer: an averaged structured perceptron
// over BILOU tags with Viterbi decoding, in two stages, whose model is
// embedded from model/ner.bin. Recognize turns an analyzed document into
// PER, LOC, ORG and MISC mentions. The trainer that builds the model lives
// in internal/nertrain and is never linked by the runtime.
package ner
