package timex

import "testing"

// TestModifiers covers match.go: the modifiers before an expression
// ("about", "more than", "early", "the end of") and what the span keeps of
// them.
func TestModifiers(t *testing.T) {
	applyFixtures(t, []fixture{
		{"earlier this year", "Talks collapsed earlier this year.", []string{"earlier this year|DATE|2025|START"}},
		{"in late July", "Fighting flared in late July.", []string{"late July|DATE|2025-07|END"}},
		{"early next year", "A vote is expected early next year.", []string{"early next year|DATE|2026|START"}},
		{"mid month", "Prices peaked in mid-November.", []string{"mid-November|DATE|2024-11|MID"}},
		{"end of year", "The deal expires at the end of the year.", []string{"the end of the year|DATE|2025|END"}},
		{"more than", "The siege lasted more than four hours.", []string{"more than four hours|DURATION|PT4H|MORE_THAN"}},
		{"about", "It took about two weeks.", []string{"two weeks|DURATION|P2W|APPROX"}},
		{"nearly", "It took nearly two weeks.", []string{"nearly two weeks|DURATION|P2W|LESS_THAN"}},
		{"less than", "The strike lasted less than a day.", []string{"less than a day|DURATION|P1D|LESS_THAN"}},
		{"at least", "Talks will take at least 30 days.", []string{"at least 30 days|DURATION|P30D|EQUAL_OR_MORE"}},
		{"or so", "The plant will close over the next year or so.", []string{"the next year or so|DATE|2026|APPROX"}},
		{"around a date", "The sale should close around Nov. 1.", []string{"around Nov. 1|DATE|2025-11-01|APPROX"}},
		{"around a time", "He was shot around 7:15 p.m. on Tuesday.", []string{"around 7:15 p.m.|TIME|2025-08-19T19:15|APPROX", "Tuesday|DATE|2025-08-19|"}},
		{"around an amount", "The flight took around five hours.", []string{"five hours|DURATION|PT5H|APPROX"}},
		{"around possessive", "They sought ways to get around Monday's ruling.", []string{"Monday|DATE|2025-08-18|"}},
		{"over an hour", "He died just over an hour later.", []string{"over an hour|DURATION|PT1H|MORE_THAN"}},
		{"modifier kept before ago", "The rebels seized it almost four years ago.", []string{"almost four years ago|DATE|2021|LESS_THAN"}},
		{"modifier left out of an amount", "The talks lasted about five hours.", []string{"five hours|DURATION|PT5H|APPROX"}},
		{"dawn of a year", "The dawn of 2000 was quiet.", []string{"The dawn of 2000|DATE|2000|START"}},
		{"dawn alone", "The attack came at dawn.", nil},
		{"end-month", "Reserves stood at $5bn at end-March. They will rise by end-2025.", []string{"end-March|DATE|2025-03|END", "end-2025|DATE|2025|END"}},
		{"seed late month", "The offensive began in late July.", []string{"late July|DATE|2025-07|END"}},
	})
}
