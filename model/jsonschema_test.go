package model

import (
	"encoding/json"
	"testing"
)

func TestJSONSchemaCoversResult(t *testing.T) {
	data, err := JSONSchema()
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Properties map[string]any            `json:"properties"`
		Required   []string                  `json:"required"`
		Defs       map[string]map[string]any `json:"$defs"`
	}
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"schema", "source", "ref_date", "people", "places", "organizations", "misc", "dates", "agreements"} {
		if _, ok := s.Properties[key]; !ok {
			t.Errorf("schema lacks property %q", key)
		}
	}
	if len(s.Required) == 0 || s.Required[0] != "schema" {
		t.Errorf("required = %v, want schema first", s.Required)
	}
	for _, def := range []string{"Person", "Place", "Organization", "Date", "Agreement", "Span", "Affiliation"} {
		if _, ok := s.Defs[def]; !ok {
			t.Errorf("schema lacks definition %q", def)
		}
	}
	// Date embeds Span: its offsets must be inlined, not nested.
	props := s.Defs["Date"]["properties"].(map[string]any)
	for _, key := range []string{"text", "start", "end", "type", "value", "resolved"} {
		if _, ok := props[key]; !ok {
			t.Errorf("Date lacks property %q", key)
		}
	}
}
