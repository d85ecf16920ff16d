package model

// Enum is implemented by the string types of the output that take one of a
// closed set of values (PlaceType, DateType, DateMod, AgreementStatus,
// AgreementType, AffiliationType, RefDateSource). JSONSchema writes their
// values as the field's enum, so the schema lists exactly what the code
// names.
type Enum interface {
	// Enum returns every value of the type, in documentation order.
	Enum() []string
}

// enumStrings turns a list of typed values into strings.
func enumStrings[T ~string](values []T) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = string(v)
	}
	return out
}
