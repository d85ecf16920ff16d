package timex

import "testing"

// TestClocks covers clocks.go: clock times with their zones, meridiems and
// days.
func TestClocks(t *testing.T) {
	applyFixtures(t, []fixture{
		{"clock pm zone", "The vote closed at 3 p.m. EDT on Wednesday.", []string{"3 p.m. EDT|TIME|2025-08-20T15:00|", "Wednesday|DATE|2025-08-20|"}},
		{"clock 24h zone", "On Tuesday, the vote closed at 15:00 GMT.", []string{"Tuesday|DATE|2025-08-19|", "15:00 GMT|TIME|2025-08-19T15:00|"}},
		{"clock with day", "Polls close at 10 p.m. Thursday.", []string{"10 p.m. Thursday|TIME|2025-08-21T22:00|"}},
		{"noon", "They met at noon.", []string{"noon|TIME|2025-08-20T12:00|"}},
		{"wire 24-hour clock", "The blast came at 0735 GMT on Friday.", []string{"0735 GMT|TIME|2025-08-15T07:35|", "Friday|DATE|2025-08-15|"}},
		{"wire clock local time", "Play resumed at 1415 local time.", []string{"1415 local time|TIME|2025-08-20T14:15|"}},
		{"clock on a day", "The strike began at 8pm on Tuesday and at 20:00 on 5 August.", []string{"8pm|TIME|2025-08-19T20:00|", "Tuesday|DATE|2025-08-19|", "20:00|TIME|2025-08-05T20:00|", "5 August|DATE|2025-08-05|"}},
		{"zone in words", "Polls close at 5 p.m. Eastern time and 11:30 local time.", []string{"5 p.m. Eastern time|TIME|2025-08-20T17:00|", "11:30 local time|TIME|2025-08-20T11:30|"}},
		{"zone standard time", "It struck at 2:15 a.m. Pacific Standard Time.", []string{"2:15 a.m. Pacific Standard Time|TIME|2025-08-20T02:15|"}},
		{"local clock before a zoned one", "The vote is expected at 1600 (1500 GMT).", []string{"1600|TIME|2025-08-20T16:00|", "1500 GMT|TIME|2025-08-20T15:00|"}},
		{"clock before a byline date", "Updated 4:07 p.m. ET\nMarch 22, 2025", []string{"4:07 p.m. ET|TIME|2025-08-20T16:07|", "March 22, 2025|DATE|2025-03-22|"}},
		{"dotted 24-hour clock", "Talks run from 07.00 GMT to 15.00 GMT daily.", []string{"07.00 GMT|TIME|2025-08-20T07:00|", "15.00 GMT|TIME|2025-08-20T15:00|", "daily|SET|P1D|"}},
		{"dotted number without zone", "The index rose 07.50 points.", nil},
		{"four digits without zone stay a year", "The bridge opened in 1900.", []string{"1900|DATE|1900|"}},
		{"mid afternoon", "By mid-afternoon yesterday, shares were up.", []string{"mid-afternoon yesterday|TIME|2025-08-19TAF|"}},
		{"until clock weekday", "The court extended the deadline until 9 a.m. EDT Tuesday.", []string{"9 a.m. EDT Tuesday|TIME|2025-08-26T09:00|"}},
		{"glued meridiem", "Talks start at 10am and end at 3pm GMT.", []string{"10am|TIME|2025-08-20T10:00|", "3pm GMT|TIME|2025-08-20T15:00|"}},
		{"dotted glued meridiem", "Doors open at 10.30am.", []string{"10.30am|TIME|2025-08-20T10:30|"}},
		{"glued meridiem out of range", "The 13pm slot is a typo.", nil},
		{"twelve noon", "Sirens sound at 12 noon and stop at 12 midnight.", []string{"12 noon|TIME|2025-08-20T12:00|", "12 midnight|TIME|2025-08-20T24:00|"}},
	})
}
