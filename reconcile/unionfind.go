package reconcile

// unionFind joins the items 0..n-1 into sets; each set is named by its
// least item, so that what joins first does not change the names.
type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

// find returns the name of i's set.
func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]] // halve the path
		i = u[i]
	}
	return i
}

// union joins the sets of a and b.
func (u unionFind) union(a, b int) {
	x, y := u.find(a), u.find(b)
	if x != y {
		u[max(x, y)] = min(x, y)
	}
}
