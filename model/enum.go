package model

import "reflect"

// enum is implemented by the string types of the output whose values form a
// closed set: PlaceType, DateType, DateMod, AgreementStatus, AgreementType,
// AffiliationType, RefDateSource, FeatureClass, ResolutionRule, QuoteKind and SpeakerForm. JSONSchema finds them by reflection and
// writes their values as the field's enum, so the schema lists exactly the
// values the code names.
type enum interface {
	// Enum returns every value of the type, in the order the
	// documentation lists them.
	Enum() []string
}

var enumType = reflect.TypeFor[enum]()

// enumStrings turns a list of typed values into strings.
func enumStrings[T ~string](values []T) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = string(v)
	}
	return out
}
