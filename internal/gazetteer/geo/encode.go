package geo

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strings"
)

// Record is one place as the generator hands it to Encode.
type Record struct {
	ID         uint32
	Name       string
	ASCIIName  string
	Alternates []string // without Name; each free of '|'
	Lat, Lon   float64
	HasPoint   bool
	Country    string // ISO 3166-1 alpha-2, "" if none
	Admin1     string // GeoNames admin1 code with its country, e.g. "SY.05"
	Class      string // GeoNames feature class, e.g. "P"
	Code       string // GeoNames feature code, e.g. "PPLA"
	Population uint64
}

// CountryRow maps ISO codes to the GeoNames id of the country's record.
type CountryRow struct {
	ISO2, ISO3 string
	ID         uint32
}

// AdminRow maps a GeoNames admin1 code (and its ISO 3166-2 code when
// known) to the GeoNames id of the division's record (0 if none).
type AdminRow struct {
	Code, ISO string
	ID        uint32
}

// File layout (little endian), version 1:
//
//	magic "NXGEO001"
//	u32 × 7: places, codes, admins, countries, index blocks, strings bytes, index bytes
//	strings:   uvarint length + bytes each; offset 0 is the empty string
//	codes:     u32 string offset each ("P.PPLA")
//	admins:    u32 code, u32 ISO 3166-2, u32 place index (noPlace if none), sorted by code
//	countries: 2-byte ISO2, 3-byte ISO3, u32 place index, sorted by ISO2
//	places:    placeSize bytes each, sorted by GeoNames id: u32 id, i32 lat
//	           and lon (1e-5 degrees, noPoint if none), u32 population, u32
//	           string offset of "name NUL ascii-name-if-different NUL
//	           alternates joined by '|'", u16 admin row + 1 (0 if none),
//	           2-byte ISO2 (zero if none), u8 feature code, u8 flags (1: has point)
//	blocks:    u32 offset into the index of each block of up to blockKeys keys
//	index:     folded keys in byte order, front-coded; each key followed by
//	           its postings (uvarint count, then uvarint deltas of place indices)
const (
	magic      = "NXGEO001"
	headerSize = len(magic) + 7*4
	placeSize  = 26
	adminSize  = 12
	countrySz  = 9
	blockKeys  = 16
	noPlace    = math.MaxUint32
	noPoint    = math.MinInt32
	coordScale = 1e5
)

type stringTable struct {
	buf bytes.Buffer
	at  map[string]uint32
}

func (t *stringTable) ref(s string) uint32 {
	if t.at == nil {
		t.at = map[string]uint32{"": 0}
		t.buf.WriteByte(0)
	}
	if off, ok := t.at[s]; ok {
		return off
	}
	off := uint32(t.buf.Len())
	t.buf.Write(binary.AppendUvarint(nil, uint64(len(s))))
	t.buf.WriteString(s)
	t.at[s] = off
	return off
}

// Encode writes the gazetteer file for the records. The output depends only
// on the set of records and rows, not on their order.
func Encode(recs []Record, countries []CountryRow, admins []AdminRow) ([]byte, error) {
	recs = slices.Clone(recs)
	slices.SortFunc(recs, func(a, b Record) int { return cmpU32(a.ID, b.ID) })
	index := make(map[uint32]uint32, len(recs))
	for i, r := range recs {
		if i > 0 && recs[i-1].ID == r.ID {
			return nil, fmt.Errorf("duplicate GeoNames id %d", r.ID)
		}
		index[r.ID] = uint32(i)
	}
	admins = mergeAdmins(admins, recs)
	if len(admins) >= math.MaxUint16 {
		return nil, fmt.Errorf("%d admin1 codes: more than the format holds", len(admins))
	}
	var st stringTable
	st.ref("")
	codes, codeIdx := codeTable(recs)
	if len(codes) > math.MaxUint8 {
		return nil, fmt.Errorf("%d feature codes: more than the format holds", len(codes))
	}
	var body bytes.Buffer
	for _, c := range codes {
		body.Write(binary.LittleEndian.AppendUint32(nil, st.ref(c)))
	}
	adminIdx := make(map[string]uint16, len(admins))
	for i, a := range admins {
		adminIdx[a.Code] = uint16(i + 1)
		body.Write(binary.LittleEndian.AppendUint32(nil, st.ref(a.Code)))
		body.Write(binary.LittleEndian.AppendUint32(nil, st.ref(a.ISO)))
		body.Write(binary.LittleEndian.AppendUint32(nil, placeIndex(index, a.ID)))
	}
	countries = slices.Clone(countries)
	slices.SortFunc(countries, func(a, b CountryRow) int { return strings.Compare(a.ISO2, b.ISO2) })
	for _, c := range countries {
		if len(c.ISO2) != 2 || len(c.ISO3) != 3 {
			return nil, fmt.Errorf("country %q/%q: ISO codes must have 2 and 3 letters", c.ISO2, c.ISO3)
		}
		body.WriteString(c.ISO2 + c.ISO3)
		body.Write(binary.LittleEndian.AppendUint32(nil, placeIndex(index, c.ID)))
	}
	for _, r := range recs {
		if err := writePlace(&body, &st, r, codeIdx, adminIdx); err != nil {
			return nil, err
		}
	}
	blocks, idx := encodeIndex(recs)
	for _, off := range blocks {
		body.Write(binary.LittleEndian.AppendUint32(nil, off))
	}
	var out bytes.Buffer
	out.WriteString(magic)
	for _, n := range []int{len(recs), len(codes), len(admins), len(countries), len(blocks), st.buf.Len(), len(idx)} {
		out.Write(binary.LittleEndian.AppendUint32(nil, uint32(n)))
	}
	out.Write(st.buf.Bytes())
	out.Write(body.Bytes())
	out.Write(idx)
	return out.Bytes(), nil
}

func cmpU32(a, b uint32) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func placeIndex(index map[uint32]uint32, id uint32) uint32 {
	if i, ok := index[id]; ok && id != 0 {
		return i
	}
	return noPlace
}

// mergeAdmins adds the admin1 codes that places use but the rows lack, and
// sorts the rows by code.
func mergeAdmins(admins []AdminRow, recs []Record) []AdminRow {
	out := slices.Clone(admins)
	seen := make(map[string]bool, len(admins))
	for _, a := range admins {
		seen[a.Code] = true
	}
	for _, r := range recs {
		if r.Admin1 != "" && !seen[r.Admin1] {
			seen[r.Admin1] = true
			out = append(out, AdminRow{Code: r.Admin1})
		}
	}
	slices.SortFunc(out, func(a, b AdminRow) int { return strings.Compare(a.Code, b.Code) })
	return slices.CompactFunc(out, func(a, b AdminRow) bool { return a.Code == b.Code })
}

func codeTable(recs []Record) ([]string, map[string]uint8) {
	var codes []string
	for _, r := range recs {
		codes = append(codes, r.Class+"."+r.Code)
	}
	slices.Sort(codes)
	codes = slices.Compact(codes)
	idx := make(map[string]uint8, len(codes))
	for i, c := range codes {
		idx[c] = uint8(i)
	}
	return codes, idx
}

func quantize(v float64) int32 {
	return int32(math.Round(v * coordScale))
}

func writePlace(w *bytes.Buffer, st *stringTable, r Record, codes map[string]uint8, admins map[string]uint16) error {
	for _, a := range append([]string{r.Name, r.ASCIIName}, r.Alternates...) {
		if strings.ContainsAny(a, "|\x00") {
			return fmt.Errorf("place %d: name %q contains '|' or NUL", r.ID, a)
		}
	}
	ascii := r.ASCIIName
	if ascii == r.Name {
		ascii = ""
	}
	if r.Country != "" && len(r.Country) != 2 {
		return fmt.Errorf("place %d: country code %q", r.ID, r.Country)
	}
	lat, lon, flags := int32(noPoint), int32(noPoint), byte(0)
	if r.HasPoint {
		lat, lon, flags = quantize(r.Lat), quantize(r.Lon), 1
	}
	pop := uint32(min(r.Population, math.MaxUint32))
	le := binary.LittleEndian
	b := le.AppendUint32(nil, r.ID)
	b = le.AppendUint32(b, uint32(lat))
	b = le.AppendUint32(b, uint32(lon))
	b = le.AppendUint32(b, pop)
	b = le.AppendUint32(b, st.ref(r.Name+"\x00"+ascii+"\x00"+strings.Join(r.Alternates, "|")))
	var admin uint16
	if r.Admin1 != "" {
		admin = admins[r.Admin1]
	}
	b = le.AppendUint16(b, admin)
	cc := r.Country + "\x00\x00"
	b = append(b, cc[0], cc[1], codes[r.Class+"."+r.Code], flags)
	w.Write(b)
	return nil
}

// keysOf returns the folded keys of a record's names.
func keysOf(r Record) []string {
	keys := []string{Fold(r.Name), Fold(r.ASCIIName)}
	for _, a := range r.Alternates {
		keys = append(keys, Fold(a))
	}
	return keys
}

// encodeIndex writes the front-coded key index and returns the block
// offsets and the index bytes.
func encodeIndex(recs []Record) ([]uint32, []byte) {
	post := map[string][]uint32{}
	for i, r := range recs {
		for _, k := range keysOf(r) {
			if k == "" {
				continue
			}
			p := post[k]
			if len(p) == 0 || p[len(p)-1] != uint32(i) {
				post[k] = append(p, uint32(i))
			}
		}
	}
	keys := make([]string, 0, len(post))
	for k := range post {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var blocks []uint32
	var idx []byte
	prev := ""
	for i, k := range keys {
		shared := 0
		if i%blockKeys == 0 {
			blocks = append(blocks, uint32(len(idx)))
		} else {
			for shared < len(k) && shared < len(prev) && k[shared] == prev[shared] {
				shared++
			}
		}
		idx = binary.AppendUvarint(idx, uint64(shared))
		idx = binary.AppendUvarint(idx, uint64(len(k)-shared))
		idx = append(idx, k[shared:]...)
		p := post[k]
		idx = binary.AppendUvarint(idx, uint64(len(p)))
		last := uint32(0)
		for _, v := range p {
			idx = binary.AppendUvarint(idx, uint64(v-last))
			last = v
		}
		prev = k
	}
	return blocks, idx
}
