package timex

import "testing"

// TestHolidays covers holidays.go: holidays named in holidays.tsv, with
// their weeks.
func TestHolidays(t *testing.T) {
	applyFixtures(t, []fixture{
		{"holiday", "Shops close on Christmas Day.", []string{"Christmas Day|DATE|2025-12-25|"}},
		{"last holiday", "He was rescued at sea last Thanksgiving.", []string{"last Thanksgiving|DATE|2024-11-28|"}},
		{"next holiday", "The vote will be held next Christmas.", []string{"next Christmas|DATE|2025-12-25|"}},
		{"holiday week", "Crowds grew as Easter week began and over the Labor Day weekend.", []string{"Easter week|DATE|2025-W16|", "Labor Day weekend|DATE|2025-W36-WE|"}},
		{"holy week", "Holy Week began as the Holy See spoke.", []string{"Holy Week|DATE|2025-W16|"}},
		{"named day with or without a possessive", "Parades mark Veterans Day, and some say Veterans' Day.", []string{"Veterans Day|DATE|2025-11-11|", "Veterans' Day|DATE|2025-11-11|"}},
		{"possessive named day", "Florists gear up for Mother's Day.", []string{"Mother's Day|DATE|2025-05-11|"}},
		{"optional period", "The parade is on St. Patrick's Day.", []string{"St. Patrick's Day|DATE|2025-03-17|"}},
		{"days counted from easter", "Palm Sunday and Ash Wednesday come before Easter.", []string{"Palm Sunday|DATE|2025-04-13|", "Ash Wednesday|DATE|2025-03-05|", "Easter|DATE|2025-04-20|"}},
		{"easter monday and good friday", "Markets close on Easter Monday and Good Friday.", []string{"Easter Monday|DATE|2025-04-21|", "Good Friday|DATE|2025-04-18|"}},
		{"eves", "Parties start on Christmas Eve and New Year's Eve.", []string{"Christmas Eve|DATE|2025-12-24|", "New Year's Eve|DATE|2025-12-31|"}},
		{"holiday in a name", "The Good Friday Agreement holds.", nil},
		{"holiday in lower case", "Shops shut on labor day.", nil},
		{"day of a holiday needs its capital", "Shops shut on Labor day.", nil},
		{"an s without its apostrophe", "Mother s Day is odd.", nil},
		{"holiday with its year", "He will return on Thanksgiving 2026.", []string{"Thanksgiving 2026|DATE|2026-11-26|"}},
	})
}
