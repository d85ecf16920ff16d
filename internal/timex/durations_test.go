package timex

import "testing"

// TestDurations covers durations.go: amounts of time, ranges of amounts, and
// amounts counted back or forward ("two years ago").
func TestDurations(t *testing.T) {
	applyFixtures(t, []fixture{
		{"ago", "The war began two years ago.", []string{"two years ago|DATE|2023|"}},
		{"days ago", "He was released three days ago.", []string{"three days ago|DATE|2025-08-17|"}},
		{"year earlier", "Profit was $2 million a year earlier.", []string{"a year earlier|DATE|2024|"}},
		{"hours", "The meeting lasted four hours.", []string{"four hours|DURATION|PT4H|"}},
		{"hyphen duration", "He began a three-day visit.", []string{"three-day|DURATION|P3D|"}},
		{"years", "He served 10 years in prison.", []string{"10 years|DURATION|P10Y|"}},
		{"the past decade", "Growth slowed over the past two years.", []string{"the past two years|DURATION|P2Y|"}},
		{"fraction", "The flight took 2 1/2 hours.", []string{"2 1/2 hours|DURATION|PT2H30M|"}},
		{"spelled", "Talks ran for twenty four hours.", []string{"twenty four hours|DURATION|PT24H|"}},
		{"vague", "It could take several months.", []string{"several months|DURATION|PXM|"}},
		{"next few", "Aid arrives in the next few days.", []string{"the next few days|DURATION|PXD|"}},
		{"range to", "Shipments resume within two to three weeks.", []string{"two to three weeks|DURATION|P2W|EQUAL_OR_LESS"}},
		{"range next", "Deals are planned for the next 12 to 18 months.", []string{"the next 12 to 18 months|DURATION|P12M|"}},
		{"range hyphen", "Repairs take 12-18 months.", []string{"12-18 months|DURATION|P12M|"}},
		{"a year or two", "A deal may come in a year or two.", []string{"a year or two|DURATION|P1Y|"}},
		{"units or units", "He died within weeks or months of his capture.", []string{"weeks or months|DURATION|PXW|"}},
		{"units and units", "Funds sold shares in recent weeks and months.", []string{"recent weeks and months|DURATION|PXW|"}},
		{"weeks before", "A car was seen in the weeks before the vote.", []string{"weeks|DURATION|PXW|"}},
		{"days later", "Three days later, the rebels withdrew.", []string{"Three days|DURATION|P3D|"}},
		{"bare units later", "Minutes later, shots were fired.", []string{"Minutes|DURATION|PTXM|"}},
		{"for a while", "They will have to live without it for a while.", []string{"a while|DURATION|PXX|"}},
		{"for some time", "Troops could stay for some time.", []string{"some time|DURATION|PXX|"}},
		{"some time without for", "It took some time to agree.", nil},
		{"a while ago", "He left a while ago.", nil},
		{"length noun after an amount", "Profits fell over a three-year period.", []string{"a three-year period|DURATION|P3Y|"}},
		{"length noun after a possessive", "It pays $2 a share during its one-year term.", []string{"one-year term|DURATION|P1Y|"}},
		{"other nouns stay out", "He began a three-year sentence.", []string{"three-year|DURATION|P3Y|"}},
		{"bare units of after a verb", "The deal follows months of talks and ends decades of war.", []string{"months|DURATION|PXM|", "decades|DURATION|PXDE|"}},
		{"bare units of before a determiner", "It marked years of the war.", nil},
		{"bare units of after an adjective", "After long years of exile he returned.", nil},
		{"hyphenated and a half", "The project took two-and-a-half years.", []string{"two-and-a-half years|DURATION|P2Y6M|"}},
		{"quarter of a century", "The feud lasted a quarter of a century, then a quarter century more.", []string{"a quarter of a century|DURATION|P25Y|", "a quarter century|DURATION|P25Y|"}},
		{"quarter-century low", "Jobless claims fell to a quarter-century low.", nil},
		{"one-word lengths", "After a weeklong visit and a yearlong inquiry, he left.", []string{"weeklong|DURATION|P1W|", "yearlong|DURATION|P1Y|"}},
		{"counted from a day", "A week from today they vote.", []string{"A week|DURATION|P1W|", "today|DATE|2025-08-20|"}}, // the specification's "two weeks from June 7, 2003"
		{"a quarter as a fraction", "It holds more than a quarter of the market, a quarter of a point up.", nil},
		{"year before a unit", "Our 2017 second and third quarters grew; the 2016 quarters had 12 weeks.", []string{"2017|DATE|2017|", "2016|DATE|2016|", "12 weeks|DURATION|P12W|"}},
		{"year-like amount", "It took 1500 hours of work over the past 2000 years.", []string{"1500 hours|DURATION|PT1500H|", "the past 2000 years|DURATION|P2000Y|"}},
		{"hyphenated fraction", "Play stopped for more than 3-1/2 hours.", []string{"more than 3-1/2 hours|DURATION|PT3H30M|MORE_THAN"}},
		{"a second after a verb", "He added a second to his name.", []string{"a second|DURATION|PT1S|"}},
		{"a second of time", "He hesitated for a second, and a second later he spoke.", []string{"a second|DURATION|PT1S|", "a second|DURATION|PT1S|"}},
		{"bare units after", "The ruling came days after the election.", []string{"days|DURATION|PXD|"}},
		{"bare units before", "He bought the rifle weeks before the attack.", []string{"weeks|DURATION|PXW|"}},
		{"bare units after an adjective", "In the first days after the vote, prices fell.", nil},
		{"bare units of", "It took a matter of days after that.", nil},
		{"bare units ago", "The firm, which months ago was failing, is profitable.", []string{"months ago|DATE|PAST_REF|"}},
		{"seed duration", "The hearing lasted four hours.", []string{"four hours|DURATION|PT4H|"}},
	})
}
