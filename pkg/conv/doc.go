// Package conv is the convolutional layer of the lecture's last part, "DNNs
// in brief": a layer of an MLP whose weights are local and shared.
//
// # From a dense layer to a convolution
//
// A dense layer computes aᵢ = Σⱼ wᵢⱼ hⱼ + bᵢ: every unit i of layer l sees
// every unit j of layer l−1 with a weight of its own. On an image of 28×28
// pixels, 8 units already need 8·784 weights, and a unit that learned to see a
// stroke in the top left corner knows nothing of the same stroke elsewhere.
// A convolution changes two things and keeps the rest:
//
//   - local: unit (f, i, j) of the output sees only a k×k window of the input,
//     at rows s·i − p … s·i − p + k − 1 and columns s·j − p … (stride s,
//     padding p);
//   - shared: every position (i, j) of feature map f uses the same filter
//     W_f (C×k×k numbers) and the same bias b_f.
//
// So the activity of unit (f, i, j) is
//
//	a[f,i,j] = Σ_c Σ_u Σ_v W[f,c,u,v] · h[c, s·i+u−p, s·j+v−p] + b[f]
//
// and its output is h = g(a), as for any layer. A 5×5 filter on one channel
// is 25 weights and a bias, whatever the size of the image.
//
// # The delta rule, unchanged
//
// With δ[f,i,j] = ∂C/∂a[f,i,j], as in pkg/backprop, the chain rule gives the
// same three lines as for a dense layer, summed over the positions where a
// weight is shared:
//
//	∂C/∂W[f,c,u,v] = Σ_i Σ_j δ[f,i,j] · h[c, s·i+u−p, s·j+v−p]   (δ times the input it saw)
//	∂C/∂b[f]       = Σ_i Σ_j δ[f,i,j]
//	∂C/∂h[c,y,x]   = Σ over the (f,i,j,u,v) with s·i+u−p = y, s·j+v−p = x of δ[f,i,j] · W[f,c,u,v]
//
// and the δ of the layer below is ∂C/∂hˡ⁻¹ ⊙ g′(aˡ⁻¹), as always.
//
// The code computes these with one matrix product each ("im2col"): the k×k
// windows of the input are laid out as the columns of a matrix X̂ (C·k·k rows,
// one column per output position), so that Aˡ = W X̂ + b (W is F×C·k·k, a row
// per filter), ∂C/∂W = Δ X̂ᵀ and ∂C/∂X̂ = Wᵀ Δ, whose columns are added back
// into the windows they came from.
//
// # Pooling, 1×1 convolutions, global average pooling
//
// Max-pooling keeps the largest value of each window, so its derivative sends
// δ to the one input that won and 0 to the others. A 1×1 convolution is a
// dense layer applied at every position with the same weights: the "MLP in
// the network" of Network in Network (Lin et al., 2013). Global average
// pooling replaces the last dense layers by one mean per feature map; its
// derivative spreads δ evenly, δ/(H·W), over the map.
//
// # Layout
//
// A feature map volume of C channels of H×W is a []float64 of length C·H·W,
// channel by channel, row by row: element (c, y, x) is at (c·H + y)·W + x.
// A batch is a *mat.Dense whose rows are examples, as everywhere in stepnet.
//
// # Architectures
//
// Spec describes a network as a list of layers (Conv, Pool, Dense, GAP) and
// Count gives its weights, biases and multiply-adds layer by layer: LeNet5,
// AlexNet (torchvision's single-tower variant: 61,100,840 weights and biases),
// VGG16 (138,357,544) and NiN are given as specs.
package conv
