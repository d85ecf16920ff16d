package timex

import "testing"

// TestSets covers sets.go: one-word sets, "every week", counts of times.
func TestSets(t *testing.T) {
	applyFixtures(t, []fixture{
		{"every week", "The council meets every week.", []string{"every week|SET|P1W|"}},
		{"each friday", "Protesters gather each Friday.", []string{"each Friday|SET|XXXX-WXX-5|"}},
		{"annually", "The report is published annually.", []string{"annually|SET|P1Y|"}},
		{"daily", "Flights run daily.", []string{"daily|SET|P1D|"}},
		{"twice a year", "The board meets twice a year.", []string{"twice a year|SET|P1Y|"}},
		{"daily adjective", "He described his daily life in prison.", []string{"daily|SET|P1D|"}},
		{"weekly adjective", "The president spoke in his weekly radio address.", []string{"weekly|SET|P1W|"}},
		{"daily paper", "The Communist Party daily Granma said so.", nil},
		{"daily volume", "Average daily volume fell.", nil},
		{"count inside a set", "The council meets twice a month.", []string{"twice a month|SET|P1M|"}},
		{"times inside a set", "Flights leave three times a week.", []string{"three times a week|SET|P1W|"}},
		{"once without a unit", "He was once a banker.", nil},
		{"every few years", "Floods come every few years and every couple of weeks.", []string{"every few years|SET|PXY|", "every couple of weeks|SET|PXW|"}},
	})
}
