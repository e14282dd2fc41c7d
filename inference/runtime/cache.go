package runtime

import "container/list"

// cacheKey names a cached adapter or the merged layers of one adapter.
type cacheKey struct {
	name   string
	merged bool
}

type cacheItem struct {
	key  cacheKey
	size int64
	val  any
}

// CacheStats describes the adapter cache.
type CacheStats struct {
	Budget    int64 // bytes, 0 = unlimited
	Used      int64 // bytes held
	Entries   int
	Hits      uint64
	Misses    uint64
	Evictions uint64
}

// lru is a size-bounded least-recently-used cache. Values are immutable once
// stored, so a value handed out stays valid after its eviction. Not safe for
// concurrent use: Engine.mu guards it.
type lru struct {
	budget int64
	ll     *list.List // front: most recently used
	items  map[cacheKey]*list.Element
	stats  CacheStats
}

func newLRU(budget int64) *lru {
	return &lru{budget: budget, ll: list.New(), items: map[cacheKey]*list.Element{}, stats: CacheStats{Budget: budget}}
}

// fits reports whether an entry of size bytes can be cached at all.
func (c *lru) fits(size int64) bool { return c.budget == 0 || size <= c.budget }

func (c *lru) get(k cacheKey) (any, bool) {
	el, ok := c.items[k]
	if !ok {
		c.stats.Misses++
		return nil, false
	}
	c.stats.Hits++
	c.ll.MoveToFront(el)
	return el.Value.(*cacheItem).val, true
}

// put stores v, evicting least recently used entries until it fits. Entries
// that can never fit are not stored.
func (c *lru) put(k cacheKey, v any, size int64) {
	c.remove(k)
	if !c.fits(size) {
		return
	}
	for c.budget > 0 && c.stats.Used+size > c.budget {
		c.drop(c.ll.Back())
		c.stats.Evictions++
	}
	c.items[k] = c.ll.PushFront(&cacheItem{key: k, size: size, val: v})
	c.stats.Used += size
}

func (c *lru) remove(k cacheKey) {
	if el, ok := c.items[k]; ok {
		c.drop(el)
	}
}

func (c *lru) drop(el *list.Element) {
	it := c.ll.Remove(el).(*cacheItem)
	delete(c.items, it.key)
	c.stats.Used -= it.size
}

func (c *lru) has(k cacheKey) bool {
	_, ok := c.items[k]
	return ok
}

func (c *lru) snapshot() CacheStats {
	s := c.stats
	s.Entries = c.ll.Len()
	return s
}
