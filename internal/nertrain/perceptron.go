package nertrain

// featureIndex numbers feature hashes densely.
type featureIndex struct {
	ids    map[uint32]int32
	hashes []uint32
	// uses counts the training tokens whose features include each id; the
	// model file stores the most used rows together (ner.ModelRow.Uses).
	uses []uint32
}

// use counts one use of feature id, if it has one.
func (fi *featureIndex) use(id int32) {
	if id < 0 {
		return
	}
	for int(id) >= len(fi.uses) {
		fi.uses = append(fi.uses, 0)
	}
	fi.uses[id]++
}

func (fi *featureIndex) id(h uint32, grow bool) int32 {
	if id, ok := fi.ids[h]; ok {
		return id
	}
	if !grow {
		return -1
	}
	id := int32(len(fi.hashes))
	fi.ids[h] = id
	fi.hashes = append(fi.hashes, h)
	return id
}

// weights is one stage's linear model over feature ids.
type weights struct {
	T                 int
	w                 []float32 // [id*T+tag]
	start, trans, end []float32 // trans is [cur*T+prev]
}

func newWeights(T, nFeat int) *weights {
	return &weights{T: T, w: make([]float32, nFeat*T), start: make([]float32, T), trans: make([]float32, T*T), end: make([]float32, T)}
}

// perceptron trains weights with the averaged structured perceptron; the
// sums of c×update make averaging lazy (Daumé's trick).
type perceptron struct {
	cur    *weights
	u      []float64 // Σ c·Δ per weight, in float64 so the sums stay exact
	us, ut []float64
	ue     []float64
	c      float64
}

func newPerceptron(T, nFeat int) *perceptron {
	return &perceptron{
		cur: newWeights(T, nFeat),
		u:   make([]float64, nFeat*T),
		us:  make([]float64, T), ut: make([]float64, T*T), ue: make([]float64, T),
		c: 1,
	}
}

// average returns the averaged weights.
func (p *perceptron) average() *weights {
	T := p.cur.T
	a := newWeights(T, len(p.cur.w)/T)
	avg := func(dst, w []float32, u []float64) {
		for i := range dst {
			dst[i] = float32(float64(w[i]) - u[i]/p.c)
		}
	}
	avg(a.w, p.cur.w, p.u)
	avg(a.start, p.cur.start, p.us)
	avg(a.trans, p.cur.trans, p.ut)
	avg(a.end, p.cur.end, p.ue)
	return a
}

// update moves the weights toward gold and away from pred for one sentence.
func (p *perceptron) update(feats func(i int, fn func(id int32)), gold, pred []uint8) {
	T := p.cur.T
	c := p.c
	bump := func(w []float32, u []float64, i int, d float32) {
		w[i] += d
		u[i] += c * float64(d)
	}
	n := len(gold)
	for i := 0; i < n; i++ {
		g, q := int(gold[i]), int(pred[i])
		if g != q {
			feats(i, func(id int32) {
				bump(p.cur.w, p.u, int(id)*T+g, 1)
				bump(p.cur.w, p.u, int(id)*T+q, -1)
			})
		}
		if i == 0 {
			if g != q {
				bump(p.cur.start, p.us, g, 1)
				bump(p.cur.start, p.us, q, -1)
			}
		} else if g != q || gold[i-1] != pred[i-1] {
			bump(p.cur.trans, p.ut, g*T+int(gold[i-1]), 1)
			bump(p.cur.trans, p.ut, q*T+int(pred[i-1]), -1)
		}
	}
	if g, q := int(gold[n-1]), int(pred[n-1]); g != q {
		bump(p.cur.end, p.ue, g, 1)
		bump(p.cur.end, p.ue, q, -1)
	}
}
