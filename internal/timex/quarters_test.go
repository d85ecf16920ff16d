package timex

import "testing"

// TestQuarters covers quarters.go: quarters, halves and seasons.
func TestQuarters(t *testing.T) {
	applyFixtures(t, []fixture{
		{"quarter", "Sales rose in the third quarter.", []string{"the third quarter|DATE|2025-Q3|"}},
		{"quarter of year", "Sales rose in the third quarter of 2024.", []string{"the third quarter of 2024|DATE|2024-Q3|"}},
		{"quarter shorthand", "Revenue for Q4 2024 rose, and Q1 sales fell.", []string{"Q4 2024|DATE|2024-Q4|", "Q1|DATE|2025-Q1|"}},
		{"lower-case q is not a quarter", "The q1 field is empty.", nil},
		{"half of the year", "Sales fell in the first half of the year.", []string{"the first half of the year|DATE|2025-H1|"}},
		{"half of the year after a year", "In 2023 sales fell in the second half of the year.", []string{"2023|DATE|2023|", "the second half of the year|DATE|2023-H2|"}},
		{"hyphen quarter", "Third-quarter profit fell.", []string{"Third-quarter|DATE|2025-Q3|"}},
		{"quarter a year ago", "Profit fell in the second quarter. For the quarter a year ago, it rose.", []string{"the second quarter|DATE|2025-Q2|", "the quarter a year ago|DATE|2024-Q2|"}},
		{"corresponding period", "Sales fell in the third quarter of 2024 from the corresponding period last year.", []string{"the third quarter of 2024|DATE|2024-Q3|", "the corresponding period last year|DATE|2023-Q3|"}},
		{"half of a decade", "Sales stalled in the last half of the '80s.", []string{"the last half of the '80s|DATE|198X|END"}},
		{"capitalized season is a name", "The Fall of Rome is a popular topic.", nil},
		{"season at sentence start", "Summer brought heavy rain.", nil},
		{"the fall in prices", "The fall in prices continued, as it did last fall in Ohio.", []string{"last fall|DATE|2024-FA|"}},
		{"halves of a game", "He scored twice in the second half, and the Lakers led in the fourth quarter of the game.", nil},
		{"half of a business year", "Profit rose 38% in the first half.", []string{"the first half|DATE|2025-H1|"}},
		{"half-year token", "Revenue in H1 2025 rose, as did the H1 results.", []string{"H1 2025|DATE|2025-H1|"}},
		{"spring water", "Villagers drew water from a spring.", nil},
	})
}
