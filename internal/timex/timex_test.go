package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/newsextract/newsextract/internal/text"
)

// timexTools returns the shared analyzer and a time tagger, or stops the
// test.
func timexTools(tb testing.TB) (*text.Analyzer, *Tagger) {
	tb.Helper()
	a, err := text.Load()
	if err != nil {
		tb.Fatal(err)
	}
	tg, err := New()
	if err != nil {
		tb.Fatal(err)
	}
	return a, tg
}

// tagString tags text against ref and renders every timex as
// "text|TYPE|VALUE|MOD".
func tagString(t *testing.T, text string, ref time.Time) []string {
	t.Helper()
	a, tt := timexTools(t)
	var out []string
	for _, d := range tt.Tag(a.Analyze(text), ref) {
		if text[d.Start:d.End] != d.Text {
			t.Fatalf("span %d-%d is %q, Text %q", d.Start, d.End, text[d.Start:d.End], d.Text)
		}
		out = append(out, d.Text+"|"+d.Type+"|"+d.Value+"|"+d.Mod)
	}
	return out
}

var timexRef = time.Date(2025, 8, 20, 0, 0, 0, 0, time.UTC) // a Wednesday

func TestTimexTag(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// Absolute dates in news styles.
		{"day month year", "The treaty was signed on 24 May 2025 in Paris.", []string{"24 May 2025|DATE|2025-05-24|"}},
		{"month day year", "It was signed on May 24, 2025.", []string{"May 24, 2025|DATE|2025-05-24|"}},
		{"slash date", "Filed 5/24/2025 with the court.", []string{"5/24/2025|DATE|2025-05-24|"}},
		{"iso date", "Data as of 2025-05-24 show a rise.", []string{"2025-05-24|DATE|2025-05-24|"}},
		{"abbreviated month", "Talks began Aug. 20 and ended.", []string{"Aug. 20|DATE|2025-08-20|"}},
		{"day month no year", "The ceasefire was agreed on 24 May.", []string{"24 May|DATE|2025-05-24|"}},
		{"weekday and date", "They met on Tuesday, Aug. 19.", []string{"Tuesday, Aug. 19|DATE|2025-08-19|"}},
		{"month year", "Prices fell in July 1997.", []string{"July 1997|DATE|1997-07|"}},
		{"month last year", "It began in June last year.", []string{"June last year|DATE|2024-06|"}},
		{"bare month past", "Exports rose in July.", []string{"July|DATE|2025-07|"}},
		{"year", "It restored the 1974 truce accord.", []string{"1974|DATE|1974|"}},
		{"fiscal year", "Profit rose in fiscal 1989.", []string{"fiscal 1989|DATE|1989|"}},
		{"decade", "Crime fell through the 1990s.", []string{"the 1990s|DATE|199X|"}},
		{"decade with mod", "It peaked in the late 1970s.", []string{"the late 1970s|DATE|197X|END"}},
		{"century", "It was the bloodiest war of the 20th century.", []string{"the 20th century|DATE|19|"}},
		{"season", "Talks resume next spring.", []string{"next spring|DATE|2026-SP|"}},
		{"this season", "Fighting eased this summer.", []string{"this summer|DATE|2025-SU|"}},
		{"quarter", "Sales rose in the third quarter.", []string{"the third quarter|DATE|2025-Q3|"}},
		{"quarter of year", "Sales rose in the third quarter of 2024.", []string{"the third quarter of 2024|DATE|2024-Q3|"}},
		{"quarter shorthand", "Revenue for Q4 2024 rose, and Q1 sales fell.", []string{"Q4 2024|DATE|2024-Q4|", "Q1|DATE|2025-Q1|"}},
		{"lower-case q is not a quarter", "The q1 field is empty.", nil},
		{"half of the year", "Sales fell in the first half of the year.", []string{"the first half of the year|DATE|2025-H1|"}},
		{"half of the year after a year", "In 2023 sales fell in the second half of the year.", []string{"2023|DATE|2023|", "the second half of the year|DATE|2023-H2|"}},
		{"hyphen quarter", "Third-quarter profit fell.", []string{"Third-quarter|DATE|2025-Q3|"}},
		{"week", "Officials met last week.", []string{"last week|DATE|2025-W33|"}},
		{"this week", "Officials meet this week.", []string{"this week|DATE|2025-W34|"}},
		// Weekdays by tense.
		{"weekday possessive", "Tuesday's meeting ended without a deal.", []string{"Tuesday|DATE|2025-08-19|"}},
		{"weekday past", "The minister arrived on Monday.", []string{"Monday|DATE|2025-08-18|"}},
		{"weekday future", "The minister will arrive on Monday.", []string{"Monday|DATE|2025-08-25|"}},
		{"weekday future thursday", "The talks will resume Thursday.", []string{"Thursday|DATE|2025-08-21|"}},
		{"weekday past thursday", "The talks resumed Thursday.", []string{"Thursday|DATE|2025-08-14|"}},
		{"last weekday", "He spoke last Friday.", []string{"last Friday|DATE|2025-08-15|"}},
		{"part of day", "Shelling resumed Tuesday morning.", []string{"Tuesday morning|DATE|2025-08-19TMO|"}},
		// Clock times.
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
		{"four digits count things", "It employs 1900 workers.", nil},
		// Relative days and periods.
		{"yesterday", "The ministry said yesterday that talks failed.", []string{"yesterday|DATE|2025-08-19|"}},
		{"today tomorrow", "Talks continue today and tomorrow.", []string{"today|DATE|2025-08-20|", "tomorrow|DATE|2025-08-21|"}},
		{"tonight", "The leaders meet tonight.", []string{"tonight|TIME|2025-08-20TNI|"}},
		{"last night", "Shelling began last night.", []string{"last night|TIME|2025-08-19TNI|"}},
		{"this morning", "He left this morning.", []string{"this morning|TIME|2025-08-20TMO|"}},
		{"next month", "Elections are due next month.", []string{"next month|DATE|2025-09|"}},
		{"last year", "Trade fell last year.", []string{"last year|DATE|2024|"}},
		{"earlier this year", "Talks collapsed earlier this year.", []string{"earlier this year|DATE|2025|START"}},
		{"in late July", "Fighting flared in late July.", []string{"late July|DATE|2025-07|END"}},
		{"early next year", "A vote is expected early next year.", []string{"early next year|DATE|2026|START"}},
		{"mid month", "Prices peaked in mid-November.", []string{"mid-November|DATE|2024-11|MID"}},
		{"ago", "The war began two years ago.", []string{"two years ago|DATE|2023|"}},
		{"days ago", "He was released three days ago.", []string{"three days ago|DATE|2025-08-17|"}},
		{"year earlier", "Profit was $2 million a year earlier.", []string{"a year earlier|DATE|2024|"}},
		{"end of year", "The deal expires at the end of the year.", []string{"the end of the year|DATE|2025|END"}},
		{"weekend", "Protests are planned for this weekend.", []string{"this weekend|DATE|2025-W34-WE|"}},
		// Durations.
		{"hours", "The meeting lasted four hours.", []string{"four hours|DURATION|PT4H|"}},
		{"hyphen duration", "He began a three-day visit.", []string{"three-day|DURATION|P3D|"}},
		{"years", "He served 10 years in prison.", []string{"10 years|DURATION|P10Y|"}},
		{"the past decade", "Growth slowed over the past two years.", []string{"the past two years|DURATION|P2Y|"}},
		{"more than", "The siege lasted more than four hours.", []string{"more than four hours|DURATION|PT4H|MORE_THAN"}},
		{"about", "It took about two weeks.", []string{"two weeks|DURATION|P2W|APPROX"}},
		{"nearly", "It took nearly two weeks.", []string{"nearly two weeks|DURATION|P2W|LESS_THAN"}},
		{"less than", "The strike lasted less than a day.", []string{"less than a day|DURATION|P1D|LESS_THAN"}},
		{"at least", "Talks will take at least 30 days.", []string{"at least 30 days|DURATION|P30D|EQUAL_OR_MORE"}},
		{"fraction", "The flight took 2 1/2 hours.", []string{"2 1/2 hours|DURATION|PT2H30M|"}},
		{"spelled", "Talks ran for twenty four hours.", []string{"twenty four hours|DURATION|PT24H|"}},
		{"vague", "It could take several months.", []string{"several months|DURATION|PXM|"}},
		{"next few", "Aid arrives in the next few days.", []string{"the next few days|DURATION|PXD|"}},
		// Sets.
		{"every week", "The council meets every week.", []string{"every week|SET|P1W|"}},
		{"each friday", "Protesters gather each Friday.", []string{"each Friday|SET|XXXX-WXX-5|"}},
		{"annually", "The report is published annually.", []string{"annually|SET|P1Y|"}},
		{"daily", "Flights run daily.", []string{"daily|SET|P1D|"}},
		{"twice a year", "The board meets twice a year.", []string{"twice a year|SET|P1Y|"}},
		// Present, past and future references.
		{"now", "The border is now closed.", []string{"now|DATE|PRESENT_REF|"}},
		{"currently", "Troops are currently deployed.", []string{"currently|DATE|PRESENT_REF|"}},
		{"recently", "He recently resigned.", []string{"recently|DATE|PAST_REF|"}},
		{"future", "Talks may resume in the future.", []string{"the future|DATE|FUTURE_REF|"}},
		{"past", "Such deals failed in the past.", []string{"the past|DATE|PAST_REF|"}},
		{"near future", "A deal is possible in the near future.", []string{"the near future|DATE|FUTURE_REF|"}},
		{"holiday", "Shops close on Christmas Day.", []string{"Christmas Day|DATE|2025-12-25|"}},
		// Ranges and loose amounts.
		{"range to", "Shipments resume within two to three weeks.", []string{"two to three weeks|DURATION|P2W|EQUAL_OR_LESS"}},
		{"range next", "Deals are planned for the next 12 to 18 months.", []string{"the next 12 to 18 months|DURATION|P12M|"}},
		{"range hyphen", "Repairs take 12-18 months.", []string{"12-18 months|DURATION|P12M|"}},
		{"a year or two", "A deal may come in a year or two.", []string{"a year or two|DURATION|P1Y|"}},
		{"units or units", "He died within weeks or months of his capture.", []string{"weeks or months|DURATION|PXW|"}},
		{"units and units", "Funds sold shares in recent weeks and months.", []string{"recent weeks and months|DURATION|PXW|"}},
		{"or so", "The plant will close over the next year or so.", []string{"the next year or so|DATE|2026|APPROX"}},
		{"week of", "A hearing will be held the week of March 6.", []string{"the week of March 6|DATE|2026-W10|"}},
		{"that same day", "Talks began in June and the site closed that same day.", []string{"June|DATE|2025-06|", "that same day|DATE|2025-06-XX|"}},
		{"the next day after a date", "Talks began on Aug. 12 and the rebels withdrew the next day.", []string{"Aug. 12|DATE|2025-08-12|", "the next day|DATE|2025-08-13|"}},
		{"the next day unanchored", "The rebels withdrew the next day.", []string{"the next day|DATE|XXXX-XX-XX|"}},
		{"the following day unanchored", "He resigned the following day.", []string{"the following day|DATE|XXXX-XX-XX|"}},
		{"next day without the", "It offers next day delivery.", nil},
		{"that day alone", "That day will come.", nil},
		{"that same day after a date", "Talks began on Aug. 12 and ended that same day.", []string{"Aug. 12|DATE|2025-08-12|", "that same day|DATE|2025-08-12|"}},
		{"weeks before", "A car was seen in the weeks before the vote.", []string{"weeks|DURATION|PXW|"}},
		{"around a date", "The sale should close around Nov. 1.", []string{"around Nov. 1|DATE|2025-11-01|APPROX"}},
		{"around a time", "He was shot around 7:15 p.m. on Tuesday.", []string{"around 7:15 p.m.|TIME|2025-08-19T19:15|APPROX", "Tuesday|DATE|2025-08-19|"}},
		{"around an amount", "The flight took around five hours.", []string{"five hours|DURATION|PT5H|APPROX"}},
		{"around possessive", "They sought ways to get around Monday's ruling.", []string{"Monday|DATE|2025-08-18|"}},
		{"soon", "The ministry will soon publish the figures.", []string{"soon|DATE|FUTURE_REF|"}},
		{"soon after", "He was released soon after the vote.", nil},
		{"as soon as", "They will leave as soon as possible.", nil},
		{"daily adjective", "He described his daily life in prison.", []string{"daily|SET|P1D|"}},
		{"weekly adjective", "The president spoke in his weekly radio address.", []string{"weekly|SET|P1W|"}},
		{"daily paper", "The Communist Party daily Granma said so.", nil},
		{"daily volume", "Average daily volume fell.", nil},
		{"ordinal day present", "Today is the eighth day of the strike.", []string{"Today|DATE|2025-08-20|", "the eighth day|DATE|2025-08-20|"}},
		{"ordinal day past", "He resigned on his first day in office.", []string{"first day|DATE|XXXX-XX-XX|"}},
		{"mid afternoon", "By mid-afternoon yesterday, shares were up.", []string{"mid-afternoon yesterday|TIME|2025-08-19TAF|"}},
		{"last holiday", "He was rescued at sea last Thanksgiving.", []string{"last Thanksgiving|DATE|2024-11-28|"}},
		{"next holiday", "The vote will be held next Christmas.", []string{"next Christmas|DATE|2025-12-25|"}},
		{"days later", "Three days later, the rebels withdrew.", []string{"Three days|DURATION|P3D|"}},
		{"over an hour", "He died just over an hour later.", []string{"over an hour|DURATION|PT1H|MORE_THAN"}},
		{"quarter a year ago", "Profit fell in the second quarter. For the quarter a year ago, it rose.", []string{"the second quarter|DATE|2025-Q2|", "the quarter a year ago|DATE|2024-Q2|"}},
		{"corresponding period", "Sales fell in the third quarter of 2024 from the corresponding period last year.", []string{"the third quarter of 2024|DATE|2024-Q3|", "the corresponding period last year|DATE|2023-Q3|"}},
		{"half of a decade", "Sales stalled in the last half of the '80s.", []string{"the last half of the '80s|DATE|198X|END"}},
		{"until weekday", "Officials postponed the vote until Tuesday.", []string{"Tuesday|DATE|2025-08-26|"}},
		{"until clock weekday", "The court extended the deadline until 9 a.m. EDT Tuesday.", []string{"9 a.m. EDT Tuesday|TIME|2025-08-26T09:00|"}},
		{"as soon as weekday", "He could leave as soon as Friday, officials said.", []string{"Friday|DATE|2025-08-22|"}},
		{"until opening", "Until Monday, police had not named him.", []string{"Monday|DATE|2025-08-18|"}},
		{"the next morning", "He was arrested on Aug. 12 and appeared in court the next morning.", []string{"Aug. 12|DATE|2025-08-12|", "the next morning|TIME|2025-08-13TMO|"}},
		{"bare units later", "Minutes later, shots were fired.", []string{"Minutes|DURATION|PTXM|"}},
		{"for a while", "They will have to live without it for a while.", []string{"a while|DURATION|PXX|"}},
		{"for some time", "Troops could stay for some time.", []string{"some time|DURATION|PXX|"}},
		{"some time without for", "It took some time to agree.", nil},
		{"a while ago", "He left a while ago.", nil},
		{"modifier kept before ago", "The rebels seized it almost four years ago.", []string{"almost four years ago|DATE|2021|LESS_THAN"}},
		{"modifier left out of an amount", "The talks lasted about five hours.", []string{"five hours|DURATION|PT5H|APPROX"}},
		{"right now", "Right now my evidence is scant.", []string{"now|DATE|PRESENT_REF|"}},
		{"length noun after an amount", "Profits fell over a three-year period.", []string{"a three-year period|DURATION|P3Y|"}},
		{"length noun after a possessive", "It pays $2 a share during its one-year term.", []string{"one-year term|DURATION|P1Y|"}},
		{"other nouns stay out", "He began a three-year sentence.", []string{"three-year|DURATION|P3Y|"}},
		{"conjoined day", "The summit meets on April 24 and 25 in Washington.", []string{"April 24|DATE|2025-04-24|", "25|DATE|2025-04-25|"}},
		{"conjoined day before a noun", "On April 24 and 25 people were hurt.", []string{"April 24|DATE|2025-04-24|"}},
		{"number after a year is no day", "In 2024 and 25 other years it rained.", []string{"2024|DATE|2024|"}},
		{"curly apostrophe holiday", "Shops close on New Year’s Day.", []string{"New Year’s Day|DATE|2026-01-01|"}},
		{"curly apostrophe clock", "They met at 4 o’clock.", []string{"4 o’clock|TIME|2025-08-20T04:00|"}},
		{"non-breaking hyphen", "Talks resume in mid‑September for a three‑day visit.", []string{"mid‑September|DATE|2025-09|MID", "three‑day|DURATION|P3D|"}},
		{"em dash joins nothing", "The talks—held Tuesday—ended.", []string{"Tuesday|DATE|2025-08-19|"}},
		{"weekday day month", "The vote is on Thursday 21 August.", []string{"Thursday 21 August|DATE|2025-08-21|"}},
		{"weekday comma day month year", "It happened on Tuesday, 19 August 2025.", []string{"Tuesday, 19 August 2025|DATE|2025-08-19|"}},
		{"glued meridiem", "Talks start at 10am and end at 3pm GMT.", []string{"10am|TIME|2025-08-20T10:00|", "3pm GMT|TIME|2025-08-20T15:00|"}},
		{"dotted glued meridiem", "Doors open at 10.30am.", []string{"10.30am|TIME|2025-08-20T10:30|"}},
		{"glued meridiem out of range", "The 13pm slot is a typo.", nil},
		{"glued fiscal year", "The budget for FY2015 was cut.", []string{"FY2015|DATE|2015|"}},
		{"bare units of after a verb", "The deal follows months of talks and ends decades of war.", []string{"months|DURATION|PXM|", "decades|DURATION|PXDE|"}},
		{"bare units of before a determiner", "It marked years of the war.", nil},
		{"bare units of after an adjective", "After long years of exile he returned.", nil},
		{"capitalized season is a name", "The Fall of Rome is a popular topic.", nil},
		{"season at sentence start", "Summer brought heavy rain.", nil},
		{"title-case headline", "Cyprus Bailout Talks To Resume Next Week\n\nThe talks went on.", []string{"Next Week|DATE|2025-W35|"}},
		{"capitals headline", "TALKS TO RESUME NEXT WEEK AFTER TWO DAYS OF DEADLOCK\n\nThe talks went on.", []string{"NEXT WEEK|DATE|2025-W35|", "TWO DAYS|DURATION|P2D|"}},
		{"headline verb may", "Bank May Cut Rates Next Month\n\nThe bank said so.", []string{"Next Month|DATE|2025-09|"}},
		{"name in running text", "He appeared on This Week with a guest.", nil},
		{"abbreviated weekday before a date", "Updated 2:15 PM ET, Thu August 21, 2025", []string{"2:15 PM ET, Thu August 21, 2025|TIME|2025-08-21T14:15|"}},
		{"abbreviated weekday dateline", "Posted Fri., Aug. 15 by staff.", []string{"Fri., Aug. 15|DATE|2025-08-15|"}},
		{"abbreviated weekday alone", "The Sun reported it; Sat on the bench.", nil},
		{"range of days", "The summit is on March 21-22 in Brussels.", []string{"March 21|DATE|2025-03-21|", "22|DATE|2025-03-22|"}},
		{"range of days with to", "The talks were held from May 3 to 5.", []string{"May 3|DATE|2025-05-03|", "5|DATE|2025-05-05|"}},
		{"backward range is no range", "Scores were March 21-19 in the final.", nil},
		{"apostrophe decade after a modifier", "Growth was strong in the late '90s.", []string{"the late '90s|DATE|199X|END"}},
		{"hyphenated and a half", "The project took two-and-a-half years.", []string{"two-and-a-half years|DURATION|P2Y6M|"}},
		{"season range", "The 2012-13 season ended.", []string{"2012|DATE|2012|", "13|DATE|2013|"}},
		{"fiscal range with a slash", "The 1996/97 budget was cut.", []string{"1996|DATE|1996|", "97|DATE|1997|"}},
		{"month range", "Sales rose in March-April.", []string{"March|DATE|2025-03|", "April|DATE|2025-04|"}},
		{"year range", "The program ran 2009-2010.", []string{"2009|DATE|2009|", "2010|DATE|2010|"}},
		{"score after a year is no range", "In 2012-3 wins were rare.", []string{"2012|DATE|2012|"}},
		{"the day after an event", "He showed up at the house the day after his death.", []string{"the day|DATE|XXXX-XX-XX|"}},
		{"the day before after a date", "On Aug. 12 the index fell; the day before the plunge it rose.", []string{"Aug. 12|DATE|2025-08-12|", "the day|DATE|2025-08-11|"}},
		{"the day before in apposition", "Eight days after Oct. 12, the day before the plunge, it rose.", []string{"Eight days|DURATION|P8D|", "Oct. 12|DATE|2025-10-12|", "the day|DATE|2025-10-12|"}},
		{"later in the day before", "He flew home later in the day before returning.", nil},
		{"count inside a set", "The council meets twice a month.", []string{"twice a month|SET|P1M|"}},
		{"times inside a set", "Flights leave three times a week.", []string{"three times a week|SET|P1W|"}},
		{"once without a unit", "He was once a banker.", nil},
		{"dawn of a year", "The dawn of 2000 was quiet.", []string{"The dawn of 2000|DATE|2000|START"}},
		{"dawn alone", "The attack came at dawn.", nil},
		{"quarter of a century", "The feud lasted a quarter of a century, then a quarter century more.", []string{"a quarter of a century|DURATION|P25Y|", "a quarter century|DURATION|P25Y|"}},
		{"quarter-century low", "Jobless claims fell to a quarter-century low.", nil},
		{"one-word lengths", "After a weeklong visit and a yearlong inquiry, he left.", []string{"weeklong|DURATION|P1W|", "yearlong|DURATION|P1Y|"}},
		{"century in hundreds", "Trade grew in the late 1800s and the 2000s.", []string{"the late 1800s|DATE|18|END", "the 2000s|DATE|200X|"}},
		{"month of last year", "Prices fell in March of last year.", []string{"March of last year|DATE|2024-03|"}},
		{"short decades listed", "Growth was slow in the '80s and '90s.", []string{"the '80s|DATE|198X|", "'90s|DATE|199X|"}},
		{"month as a first name", "April Smith said the talks would go on.", nil},
		{"the fall in prices", "The fall in prices continued, as it did last fall in Ohio.", []string{"last fall|DATE|2024-FA|"}},
		{"halves of a game", "He scored twice in the second half, and the Lakers led in the fourth quarter of the game.", nil},
		{"half of a business year", "Profit rose 38% in the first half.", []string{"the first half|DATE|2025-H1|"}},
		{"end-month", "Reserves stood at $5bn at end-March. They will rise by end-2025.", []string{"end-March|DATE|2025-03|END", "end-2025|DATE|2025|END"}},
		{"half-year token", "Revenue in H1 2025 rose, as did the H1 results.", []string{"H1 2025|DATE|2025-H1|"}},
		{"counted from a day", "A week from today they vote.", []string{"A week|DURATION|P1W|", "today|DATE|2025-08-20|"}}, // the specification's "two weeks from June 7, 2003"
		{"every few years", "Floods come every few years and every couple of weeks.", []string{"every few years|SET|PXY|", "every couple of weeks|SET|PXW|"}},
		{"twelve noon", "Sirens sound at 12 noon and stop at 12 midnight.", []string{"12 noon|TIME|2025-08-20T12:00|", "12 midnight|TIME|2025-08-20T24:00|"}},
		{"bare day of the month", "Talks began in February. On the 22nd, he left the 22nd floor.", []string{"February|DATE|2025-02|", "the 22nd|DATE|2025-02-22|"}},
		{"month before a noun", "The March accession will help, unlike the march toward war.", []string{"March|DATE|2026-03|"}},
		{"today's as nowadays", "In today's world, today's vote was close.", []string{"today|DATE|2025-08-20|"}},
		{"a quarter as a fraction", "It holds more than a quarter of the market, a quarter of a point up.", nil},
		{"holiday week", "Crowds grew as Easter week began and over the Labor Day weekend.", []string{"Easter week|DATE|2025-W16|", "Labor Day weekend|DATE|2025-W36-WE|"}},
		{"end of the decade", "By the end of the decade and the middle of the century, seas will rise.", []string{"the end of the decade|DATE|202X|END", "the middle of the century|DATE|20|MID"}},
		{"holy week", "Holy Week began as the Holy See spoke.", []string{"Holy Week|DATE|2025-W16|"}},
		{"weekday abbreviation before day and month", "Posted Thu 19th December 2019, and the Sun 21 editors met.", []string{"Thu 19th December 2019|DATE|2019-12-19|"}},
		{"year before a unit", "Our 2017 second and third quarters grew; the 2016 quarters had 12 weeks.", []string{"2017|DATE|2017|", "2016|DATE|2016|", "12 weeks|DURATION|P12W|"}},
		{"year-like amount", "It took 1500 hours of work over the past 2000 years.", []string{"1500 hours|DURATION|PT1500H|", "the past 2000 years|DURATION|P2000Y|"}},
		{"decade of an age", "Two women in their mid-twenties and a man in his 40s entered.", nil},
		{"hyphenated fraction", "Play stopped for more than 3-1/2 hours.", []string{"more than 3-1/2 hours|DURATION|PT3H30M|MORE_THAN"}},
		// A known false alarm: the words around "a second" do not tell the
		// ordinal from the unit; "hundredths of a second" needs the unit.
		{"a second after a verb", "He added a second to his name.", []string{"a second|DURATION|PT1S|"}},
		{"a second of time", "He hesitated for a second, and a second later he spoke.", []string{"a second|DURATION|PT1S|", "a second|DURATION|PT1S|"}},
		{"bare units after", "The ruling came days after the election.", []string{"days|DURATION|PXD|"}},
		{"bare units before", "He bought the rifle weeks before the attack.", []string{"weeks|DURATION|PXW|"}},
		{"bare units after an adjective", "In the first days after the vote, prices fell.", nil},
		{"bare units of", "It took a matter of days after that.", nil},
		{"bare units ago", "The firm, which months ago was failing, is profitable.", []string{"months ago|DATE|PAST_REF|"}},
		// Guideline and HeidelTime/SUTime kinds.
		{"the previous day", "Rebels attacked on March 3. The previous day, troops had left.", []string{"March 3|DATE|2025-03-03|", "The previous day|DATE|2025-03-02|"}},
		{"the prior year", "Profit was $5 million, up from $4 million the prior year.", []string{"the prior year|DATE|2024|"}},
		{"the preceding day no anchor", "The preceding day was calm.", []string{"The preceding day|DATE|XXXX-XX-XX|"}},
		{"prior adjective", "Prior approval is needed.", nil},
		{"year fiscal year", "The program ran for the 2012 fiscal year.", []string{"the 2012 fiscal year|DATE|2012|"}},
		{"possessive financial year", "Its 1996 financial year ended badly.", []string{"1996 financial year|DATE|1996|"}},
		{"current financial year", "Profit will rise in the current financial year.", []string{"the current financial year|DATE|2025|"}},
		{"fiscal year number", "Spending rose in fiscal year 2012.", []string{"fiscal year 2012|DATE|2012|"}},
		{"calendar year", "In the 1990 calendar year, sales rose.", []string{"the 1990 calendar year|DATE|1990|"}},
		{"the year before noun", "The 1996 results were weak.", []string{"1996|DATE|1996|"}},
		// Seed expectations.
		{"seed possessive weekday", "Tuesday’s meeting ended early.", []string{"Tuesday|DATE|2025-08-19|"}},
		{"seed late month", "The offensive began in late July.", []string{"late July|DATE|2025-07|END"}},
		{"seed day month", "The accord was signed on 24 May.", []string{"24 May|DATE|2025-05-24|"}},
		{"seed duration", "The hearing lasted four hours.", []string{"four hours|DURATION|PT4H|"}},
		// False alarms.
		{"may verb", "The talks may resume.", nil},
		{"march noun", "Thousands joined a march in the capital.", nil},
		{"march verb", "Protesters March on the capital.", nil},
		{"spring water", "Villagers drew water from a spring.", nil},
		{"quantity", "The army sent 1,500 troops and the 300 soldiers stayed.", nil},
		{"quantity four digits", "Officials said 2000 soldiers crossed the border.", nil},
		{"money", "The bill cost $2025 in fees.", nil},
		{"newspaper", "The Sunday Times reported the story.", nil},
		{"named day", "Shoppers flocked to Black Friday sales.", nil},
		{"name", "Prime Minister Theresa May spoke.", nil},
		{"percent", "Inflation hit 2025 percent.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tagString(t, tt.text, timexRef)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("%q\n got: %q\nwant: %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestTimexNoRef(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The ceasefire was agreed on 24 May.", []string{"24 May|DATE|XXXX-05-24|"}},
		{"They met on Tuesday.", []string{"Tuesday|DATE|XXXX-WXX-2|"}},
		{"It was signed on May 24, 2025.", []string{"May 24, 2025|DATE|2025-05-24|"}},
		{"Officials met last week.", []string{"last week|DATE|XXXX-WXX|"}},
		{"The meeting lasted four hours.", []string{"four hours|DURATION|PT4H|"}},
	}
	a, tg := timexTools(t)
	for _, tt := range tests {
		got := tagString(t, tt.text, time.Time{})
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q\n got: %q\nwant: %q", tt.text, got, tt.want)
		}
		for _, d := range tg.Tag(a.Analyze(tt.text), time.Time{}) {
			wantResolved := !strings.Contains(d.Value, "X")
			if d.Resolved != wantResolved {
				t.Errorf("%q: Resolved=%v for %s", d.Text, d.Resolved, d.Value)
			}
		}
	}
}

func TestTimexEmpty(t *testing.T) {
	tg, _ := New()
	if got := tg.Tag(nil, timexRef); got != nil {
		t.Errorf("nil doc: %v", got)
	}
	if got := tg.Tag(&text.Document{}, timexRef); got != nil {
		t.Errorf("empty doc: %v", got)
	}
}

func TestTimexAnchorHelpers(t *testing.T) {
	if got := easter(2025); !got.Equal(day(2025, 4, 20)) {
		t.Errorf("easter 2025 = %v", got)
	}
	if got := nthWeekday(2025, 11, time.Thursday, 4); !got.Equal(day(2025, 11, 27)) {
		t.Errorf("thanksgiving 2025 = %v", got)
	}
	for _, tc := range []struct {
		n     float64
		vague bool
		u     string
		want  string
	}{
		{4, false, "H", "PT4H"}, {3, false, "D", "P3D"}, {2.5, false, "Y", "P2Y6M"},
		{1.5, false, "H", "PT1H30M"}, {0.5, false, "H", "PT30M"}, {2, false, "DE", "P20Y"},
		{0, true, "Y", "PXY"}, {0, true, "H", "PTXH"}, {3, false, "Q", "P9M"},
	} {
		if got := durValue(tc.n, tc.vague, tc.u); got != tc.want {
			t.Errorf("durValue(%v, %v, %s) = %s, want %s", tc.n, tc.vague, tc.u, got, tc.want)
		}
	}
}

// BenchmarkTimexTag measures tagging a 2.7 KB news article (the text.Document
// is built once outside the loop: analysis is another stage's cost).
func BenchmarkTimexTag(b *testing.B) {
	para := "WASHINGTON, Aug 20 (Reuters) - Foreign ministers met on Tuesday in Paris for talks that lasted four hours, " +
		"the first such meeting since the 1974 truce accord. Officials said the talks would resume next week " +
		"and that a deal could be signed by late September. The two sides last met two years ago, and relations have " +
		"worsened over the past decade, with 1,500 troops deployed along the border since May 24, 2025. "
	text := strings.Repeat(para, 2700/len(para)+1)[:2700]
	a, tg := timexTools(b)
	doc := a.Analyze(text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		tg.Tag(doc, timexRef)
	}
}
