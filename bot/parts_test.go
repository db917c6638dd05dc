package bot

import (
	"reflect"
	"testing"
	"unsafe"
)

// TestFeatureParts: the features Explain lists, which sum adds, are all
// the features, each once: a feature added to the ranking and left out
// of the list would be a score nobody can see.
func TestFeatureParts(t *testing.T) {
	var f features
	v := reflect.ValueOf(&f).Elem()
	for i := range v.NumField() {
		field := v.Field(i) // unexported: set through its address
		reflect.NewAt(field.Type(), unsafe.Pointer(field.UnsafeAddr())).Elem().SetFloat(float64(uint64(1) << i))
	}
	parts := f.parts()
	if len(parts) != v.NumField() {
		t.Fatalf("%d parts listed, %d features", len(parts), v.NumField())
	}
	for i, p := range parts {
		if name := v.Type().Field(i).Name; p.Name != name || p.Value != v.Field(i).Float() {
			t.Errorf("part %d is %s %v; want %s %v", i, p.Name, p.Value, name, v.Field(i).Float())
		}
	}
	sum := 0.0
	for _, p := range parts {
		sum += p.Value
	}
	if sum != f.sum() {
		t.Errorf("parts add up to %v, sum is %v: a feature listed twice or missed", sum, f.sum())
	}
}
