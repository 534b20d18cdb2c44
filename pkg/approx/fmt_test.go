package approx

import "fmt"

func fmtF(f string, v float64) string { return fmt.Sprintf(f, v) }
