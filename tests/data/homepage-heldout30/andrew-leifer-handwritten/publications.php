<?php 
	$currfile = basename(__FILE__); 
	include('php/header.php');
?>
	<section id="content" class="container publications">

	<div class="textblock">
		<div class="hero-unit">	
			<p> Publications</p>
		</div>	<p>	<a href="https://pubmed.ncbi.nlm.nih.gov/?term=%28Leifer+AM%5BAuthor%5D%29+AND+%28%222003%22%5BDate+-+Create%5D+%3A+%223000%22%5BDate+-+Create%5D%29+NOT+Villavicencio+MA%5BAuthor%5D&sort=pubdate&size=200">PubMed</a>  Listing, 
			ORCID: #<a href="http://orcid.org/0000-0002-5362-5093">0000-0002-5362-5093</a>
		</p>
	<p>
		<ul>
			<li><a href="#preprint">Manuscripts in the process of peer-review</a></li>
			<li><a href="#peerreview">Peer-reviewed journal articles</a></li> 
			<li><a href="#commentary">Commentary</a></li> 
			<li><a href="#pop">Popular press articles featuring our work</a></li>
			<li><a href="#vid">Video Recorded Lectures</a></li>
			<li><a href="#slides">Lecture slides</a></li>
		</ul>
	</p>
	
	</div>
	<hr />		
		
	<div class="textblock">		
		

		<h3><a name="preprint"></a>Manuscripts in the process of peer-review</h3>
		<ul class="publications">
			<li>Alison Kochersberger, Dongyeop Lee, Mohammad Mahdi Torkashvand, Sandeep Kumar, Saba Baskoylu, Titas Sengupta, Noelle Koonce, Chloe E. Emerson, Nandan V. Patel, Daniel Colón-Ramos, Steven Flavell, Andrew M. Leifer, Vivek Venkatachalam, H. Robert Horvitz, Marc Hammarlund, "Programmed Cell Death Modifies Neural Circuits and Tunes Intrinsic Behavior." <a href="https://doi.org/10.1101/2023.09.11.557249"><i>bioRxiv</i></a>, 2023.09.11.557249 November 19 (2025).[<a href="https://www.biorxiv.org/content/10.1101/2023.09.11.557249v3.full.pdf">PDF</a>]</li>


					
			   			<li>Matthew S Creamer, Andrew M Leifer, Jonathan W Pillow,  "Bridging the gap between the connectome and whole-brain activity in C. elegans" <a href="https://doi.org/10.1101/2024.09.22.614271"><i>bioRxiv</i></a>, 2024.09.22.614271(2024).
			    [<a href="https://www.biorxiv.org/content/10.1101/2024.09.22.614271v1.full.pdf">PDF</a>]</li>	

		</ul>

		
</div>
<hr />  

<div class="textblock">			
		<h3><a name="peerreview"></a>Peer-reviewed journal articles</h3>
		<ul class="publications">
						<li>Junang Li, Yuzheng Lin, Anuj Kumar Sharma, Andrew M. Leifer, David H. Wolpert, "Estimating amount of computation done by a brain using population neural activity" <a href="https://doi.org/10.48550/arXiv.2504.10300"><i>arXiv</i></a>, arxiv:2504.10300 [q-bio.NC]; 14 April 2025. [<a href="https://arxiv.org/pdf/2504.10300">PDF</a>] Accepted to PNAS.</li>
						<li>Haoming He, Eugenia King Hin Fong, Sandeep Kumar, Ho Ming Terence Lee, Andrew M. Leifer, Martin Chalfie, Chaogu Zheng, "Synaptic and neural pathway redundancy enables the robustness of a sensory-motor reflex and promotes predation escape in C. elegans," <a href="https://doi.org/10.1073/pnas.2531407123"><i>Proceedings of the National Academy of Sciences</i></a>, 123 (22) e2531407123, 26 May (2026). [<a href="https://www.pnas.org/doi/pdf/10.1073/pnas.2531407123"> PDF </a>]</li>
						<li>Kevin S. Chen, Jonathan W. Pillow*, Andrew M. Leifer*, "State-switching navigation strategies in C. elegans are beneficial for chemotaxis," <a href="https://doi.org/10.48550/arXiv.2508.00191">arXiv</a>:2508.00191 31 July 2025 [<a href="https://arxiv.org/pdf/2508.00191">PDF</a>] Accepted to PNAS.</li>
						
						
			<li>Wayan Gauthey, Albert Lin, Osama M. Ahmed, Andrew M. Leifer, Mala Murthy, Stephan Y. Thiberge, "High-speed whole-brain imaging in Drosophila" <a href="https://doi.org/10.1038/s41467-026-72437-1"><i>Nature Communications</i></a> 28 April (2026). [<a href="https://www.nature.com/articles/s41467-026-72437-1_reference.pdf">PDF</a>].</li>
						<li>Tiannuo Li*, Sandeep Kumar*, Hoikiu Poon, Andrew M Leifer, Chaogu Zheng, "Functional Interrogation of Neuronal Subtypes via Intersectional Expression of Optogenetic Actuator Reveals Non-linear Components in a Linear Circuit" <a href="https://doi.org/10.1016/j.celrep.2025.116327"><i>Cell Reports</i></a> 44, 10;  28 October (2025). [<a href="https://www.cell.com/cell-reports/pdfExtended/S2211-1247(25)01098-8">PDF</a>]</li>
						
		   			<li>Sophie Dvali, Caio Seguin, Richard Betzel, Andrew M. Leifer, "Diverging network architecture of the C. elegans connectome and signaling network" <a href="https://doi.org/10.1103/6wgv-b9m6"><i>PRX Life</i></a>, 3, 033021; 3 Sept (2025).
		    [<a href="https://journals.aps.org/prxlife/pdf/10.1103/6wgv-b9m6">PDF</a>]</li>

			<li>Rizwanul Haque, Hagar Setty, Ramiro Lorenzo, Gil Stelzer, Ron Rotkopf, Yehuda Salzberg, Gal Goldman, Sandeep Kumar, Shiraz Nir Halber, Andrew M. Leifer, Elad Schneidman, Patrick Laurent, Meital Oren-Suissa, "Decoding sexual dimorphism of the sex-shared nervous system at single-neuron resolution" <a href="https://doi.org/10.1126/sciadv.adv9106"><i>Science Advavces</i></a> Vol 11, Issue 28 (2025).    [<a href="https://www.science.org/doi/pdf/10.1126/sciadv.adv9106?download=true">PDF</a>]</li>
	   			<li>Kevin S. Chen, Anuj K. Sharma, Jonathan W. Pillow, Andrew M. Leifer, "Navigation strategies in Caenorhabditis elegans are differentially altered by learning" <a href="https://doi.org/10.1371/journal.pbio.3003005"><i>PLOS Biology</i></a>, 23(3): e3003005, (2025).
	    [<a href="https://journals.plos.org/plosbiology/article/file?id=10.1371/journal.pbio.3003005&type=printable">PDF</a>]</li>
		<li>Jing Huoa,b,1, Tianqi Xu, Qi Liua, Mahiber Polata, Sandeep Kumar, Xiaoqian Zhang, Andrew M. Leifer, and Quan Wen, "Hierarchical behavior control by a single class of interneurons", <i><a href="https://doi.org/10.1073/pnas.2410789121">Proceedings of the National Academy of Sciences</a></i>, 121 (47) e2410789121, 12 November (2024).</li>
			<li>Sandeep Kumar, Anuj K Sharma, Andrew M Leifer, "An inhibitory acetylcholine receptor gates context dependent mechanosensory processing in C. elegans," <a href="https://doi.org/10.1016/j.isci.2024.110776"><i>iScience</i></a>, 21 August (2024). [<a href="https://www.cell.com/action/showPdf?pii=S2589-0042%2824%2902001-7">PDF</a>]</li>
			
		   			<li>Anuj K. Sharma, Francesco Randi, Sandeep Kumar, Sophie Dvali, Andrew M. Leifer, "TWISP: A Transgenic Worm for Interrogating Signal Propagation in C. elegans." <a href="https://doi.org/10.1093/genetics/iyae077"><i>Genetics</i></a>, Volume 227, Issue 3, July (2024).
		    [<a href="https://academic.oup.com/genetics/article-pdf/227/3/iyae077/58468691/iyae077.pdf">PDF</a>]</li>			
					<li>Wayan Gauthey, Francesco Randi*, Anuj K. Sharma*, Sandeep Kumar, Andrew M. Leifer, "Light evokes stereotyped global brain dynamics in Caenorhabditis elegans." <i><a href="https://doi.org/10.1016/j.cub.2023.10.043">Current Biology</a></i>  Vol 34, Issue 1, Pages R14-R15, 8 January (2024). [<a href="https://pdf.sciencedirectassets.com/272099/1-s2.0-S0960982223X00025/1-s2.0-S0960982223014446/main.pdf?X-Amz-Security-Token=IQoJb3JpZ2luX2VjEFgaCXVzLWVhc3QtMSJHMEUCIHnkzDVZydy6t2TP2PpTQrOy1iPrgdlDQgTtO9yFsE2BAiEA8mausAC%2F9nSsM3mUNLSuNOmW2ri%2BTcmMqwRHOn2KC%2B8quwUI8f%2F%2F%2F%2F%2F%2F%2F%2F%2F%2FARAFGgwwNTkwMDM1NDY4NjUiDHbdlS1OyuuEdt%2F9gyqPBZM2CtX4y8Eu%2BUxbV9QfSQfaz64JKv4bYlRw4mEmAwSDv9PZZtMgx2TE%2Fa%2FfxBFb7oJFQPdbXs7sbEbJBj0J%2B7ISbHbRMYmVUd0AQqQ%2Fq64c%2BWD5Ba9AdwzY97pj36Nzl7c68NZHXh7piPDb%2FnijQzMyVxgEKPQfyU1d7Vxn0qtN%2Fh4PQmEW8OBUCZp6USJJ9Hrj8yu8%2BavtadjqRgVTJfh8OYPjz%2FjmnZPFwZqQ%2B%2Bl%2FWxll8FubTXNYKxvDWqMFM%2FNFpXzDUSOxfNusHsA75nXr0RsdrL6CukzvAhfQ5gdE%2BDmKFx4HDgo5IWYy82CN3%2BzIIq7Vgf7WGe4IRluuX%2FncC6O9dnXJBCBvndw1LhMrUdkmF4pY7pGJZykjQlXAXD3%2F%2BAGBdu5ENg6PSTFJF0MCsCIQdSox4JnMj6%2BS7cvKk5l1kyCwu4%2FZ6Y3rKhVRoMtpdlL1naoqvL%2FVgXNSMv3%2FdRt3P0n1Y5N2f9Slrh3tpUFU3Sg2T45VSRDNc5am0qv6Q3r0%2BjGI32Lp8KKXvAG2wrzv6%2BdquuZzjal8swG6jdoqMWv5w1cnYLBOxLg201DtsJw2hbbwXjvtaO4QBmcJgqfQttnzQhA08kpk8lZM2scQ2a9UC0ecsJnVHAX9TK74N3GkSj4uYbD5IhIta1irzJYcnL9EIwkpMRzyOS1ao2u1whFbZfIH5Nw6H4ZA%2BgnfYgCbeDFtQk6B2h7EU1Gl7TVhCAbE%2BKzBfCmnVEbgvF4TQo8uKn0qUcp6lGAOzI8R8VOHQPT3cCcY4Gin9Z6hQ24D5gdP%2FBZB%2Fpw4UU8yLdHT6AklLyt0CcZlSQKIM0sPAe6UIFjEp8k3qFrFjuL1PQPaj5I1AZc4QMgxrZAwk9P1rAY6sQHjjdT07pYaRogwEhrF71QTPT88aJeO6kh9EwVJGlC5mrn8spJ96V7Dk2k6WukFOm%2FiweFGnU3bNEmGTiuAGFQC9qRUkcJPoBVcPf%2FyhdLoCvyPA4CJpWRABXsO29ZApOxcydVJBMxoJH8M4a9KrNZGTEN35jqs3S0KaI72XH77%2BbDI9undbdUfyKa2PstFwXu%2BuhUgt5J6K0PNF%2FmBQQFPDIjwkvAFM%2FE8wfX2su3Xbsk%3D&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20240109T164947Z&X-Amz-SignedHeaders=host&X-Amz-Expires=300&X-Amz-Credential=ASIAQ3PHCVTYSPCXCG6Z%2F20240109%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=d058b7818e9c829addf3a52b9b965650fb37708112a0c3eecd9aa6f89459fab1&hash=c57e8ae190a9e278484ccf440ae03649f70741ad1652fe081d18e2527df955bc&host=68042c943591013ac2b2430a89b270f6af2c76d8dfd086a07176afe7c76c2c61&pii=S0960982223014446&tid=spdf-859d2a68-8115-4ad9-97bf-eed9e9846e7f&sid=9624076e861d95455e4aa5f454c2ee51ae5agxrqa&type=client&tsoh=d3d3LnNjaWVuY2VkaXJlY3QuY29t&ua=14105e555005520303&rr=842e2cf18d5441f5&cc=us">PDF</a>, <a href="https://ars.els-cdn.com/content/image/1-s2.0-S0960982223014446-mmc1.pdf">Supplement (PDF)</a>]</li>
				
					<li>Francesco Randi, Anuj K. Sharma, Sophie Dvali, Andrew M. Leifer, "Neural signal propagation atlas of C. elegans." <i><a href="https://doi.org/10.1038/s41586-023-06683-4">Nature</a></i>  623, 406–414 (2023). [<a href="https://www.nature.com/articles/s41586-023-06683-4.pdf?pdf=button%20sticky">PDF</a>, <a href="https://static-content.springer.com/esm/art%3A10.1038%2Fs41586-023-06683-4/MediaObjects/41586_2023_6683_MOESM1_ESM.pdf">Supplement (PDF)</a>, <a href="https://www.nature.com/articles/d41586-023-03619-w">News</a>, <a href="https://doi.org/10.48324/dandi.001075/0.240920.1434">Raw data on DANDI (NWB)</a>, <a href="https://github.com/catalystneuro/example-notebooks/tree/leifer/001075">Jupyter Notebook</a>]</li>
					<li>Sandeep Kumar, Anuj K Sharma, Andrew Tran, Mochi Liu, Andrew Leifer, "Inhibitory feedback from the motor circuit gates mechanosensory processing in Caenorhabditis elegans." <i><a href="https://doi.org/10.1371/journal.pbio.3002280">PLOS Biology</a></i> 21(9): e3002280 (2023). [<a href="https://journals.plos.org/plosbiology/article/file?id=10.1371/journal.pbio.3002280&type=printable">PDF</a>].</li>

					<li>Kevin S. Chen, Rui Wu, Marc H. Gershow, Andrew M. Leifer, "Continuous odor profile monitoring to study olfactory navigation in small animals." <a href="https://doi.org/10.7554/eLife.85910"><i>eLife</i></a>, (2023). [<a href="https://elifesciences.org/download/aHR0cHM6Ly9jZG4uZWxpZmVzY2llbmNlcy5vcmcvYXJ0aWNsZXMvODU5MTAvZWxpZmUtODU5MTAtdjEucGRmP2Nhbm9uaWNhbFVyaT1odHRwczovL2VsaWZlc2NpZW5jZXMub3JnL2FydGljbGVzLzg1OTEw/elife-85910-v1.pdf?_hash=OS3VahCdIRxXbA45mxdykhx93RRhJlXrhxrvyOwP66Y%3D">PDF</a>]</li>

			
			<li>Matthew S. Creamer, Kevin S. Chen, Andrew M. Leifer, Jonathan W. Pillow, "Correcting motion induced fluorescence artifacts in two-channel neural imaging." <a href="https://doi.org/10.1371/journal.pcbi.1010421"><i>PLOS Computational Biology</i></a> 28 Sept (2022). [<a href="https://journals.plos.org/ploscompbiol/article/file?id=10.1371/journal.pcbi.1010421&type=printable">PDF</a>] </li>
			<li> Princeton Open Ventilation Monitor Collaboration, Philippe Bourrianne, Stanley Chidzik, Daniel J Cohen, Peter Elmer, Thomas Hallowell, Todd J Kilbaugh, David Lange, Andrew M Leifer (corresponding author), Daniel R. Marlow, Peter D. Meyers, Edna Normand, Janine Nunes, Myungchul Oh, Lyman Page, Talmo Pereira, Jim Pivarski, Henry Schreiner, Howard A Stone, David W Tank, Stephan Thiberge, Christopher Tully. "Inexpensive multi-patient respiratory monitoring system for helmet ventilation during COVID-19 pandemic." <a href="https://doi.org/10.1115/1.4053386"><i>ASME Journal of Medical Devices</i></a> 16(1): 011003, 3 February (2022). [<a href="https://doi.org/10.1115/1.4053386"> PDF</a>, <a href="https://vimeo.com/412147280">Video</a>, <a href="https://vimeo.com/663351853">Lecture</a>, <a href="https://youtu.be/c6bu1sdjPBQ">PR Video</a>].
			</li>
			<li>Mochi Liu, Sandeep Kumar, Anuj K Sharma, Andrew M. Leifer. "Closed-loop targeted optogenetic stimulation of C. elegans populations." <a href="https://doi.org/10.1371/journal.pbio.3001524"><i>PloS Biology</i></a>, 20(1): e3001524 (2022). [<a href="https://journals.plos.org/plosbiology/article/file?id=10.1371/journal.pbio.3001524&type=printable">PDF</a>] </li>
			
						<li>Anne E. Urai, Brent Doiron, Andrew M. Leifer, Anne K. Churchland. "Large-scale neural recordings call for new insights to link brain and behavior." <a href="https://doi.org/10.1038/s41593-021-00980-9"><i>Nature Neuroscience</i></a>, 3 January (2022). [<a href="https://arxiv.org/pdf/2103.14662">PDF (arXiv)</a>]</li>
			
			<li>Kelsey M. Hallinen*, Ross Dempsey*, Monika Scholz*, Xinwei Yu, Ashley Linder, Francesco Randi, Anuj Sharma, Joshua W. Shaevitz, Andrew M. Leifer, "Decoding locomotion from population neural activity in moving C. elegans." <a href="https://doi.org/10.7554/eLife.66135"><i>eLife</i></a> 10:e66135, 29 July (2021). [<a href="https://elifesciences.org/download/aHR0cHM6Ly9jZG4uZWxpZmVzY2llbmNlcy5vcmcvYXJ0aWNsZXMvNjYxMzUvZWxpZmUtNjYxMzUtdjIucGRmP2Nhbm9uaWNhbFVyaT1odHRwczovL2VsaWZlc2NpZW5jZXMub3JnL2FydGljbGVzLzY2MTM1/elife-66135-v2.pdf?_hash=plM2fiYOSaKrnMPvRINx5XD6Ff6vWIdlj6LQj8ckkc4%3D">PDF</a>] </li>
			<li>Xinwei Yu, Matthew S. Creamer, Francesco Randi, Anuj K. Sharma, Scott W. Linderman, Andrew M. Leifer, "Fast deep neural correspondence for tracking and identifying neurons in C. elegans using semi-synthetic training." <a href="https://doi.org/10.7554/eLife.66410"><i>eLife</i></a>, 10:e66410, 14 July (2021). [<a href="https://elifesciences.org/download/aHR0cHM6Ly9jZG4uZWxpZmVzY2llbmNlcy5vcmcvYXJ0aWNsZXMvNjY0MTAvZWxpZmUtNjY0MTAtdjEucGRmP2Nhbm9uaWNhbFVyaT1odHRwczovL2VsaWZlc2NpZW5jZXMub3JnL2FydGljbGVzLzY2NDEw/elife-66410-v1.pdf?_hash=3B0glFnU8yqN5w9wIW%2FI7ZXKWFnq%2F0wuiec5pSRJg7U%3D">PDF</a>]</li>
			<li>Francesco Randi and Andrew M Leifer, "Nonequilibrium Green's functions for functional connectivity in the brain." <a href="https://doi.org/10.1103/PhysRevLett.126.118102"><i>Physical Review Letters</i></a> 12, 118102, 19 March (2021).  [<a href="https://journals.aps.org/prl/pdf/10.1103/PhysRevLett.126.118102">PDF</a>].</li>
			
			
<li>Francesco Randi and Andrew M Leifer. "Measuring and modeling whole-brain neural dynamics in Caenorhabditis elegans," <a href="https://doi.org/10.1016/j.conb.2020.11.001"><i>Current Opinion in Neurobiology</i></a>. Vol 65, Pages 167-157, December (2020). [<a href="https://www.sciencedirect.com/science/article/pii/S0959438820301689/pdfft?isDTMRedir=true&download=true">PDF</a>] </li>

<li>Robert Datta, David Anderson, Kristin Branson, Peitro Perona, Andrew Leifer. "Computational Neuroethology: A Call to Action" <a href="https://doi.org/10.1016/j.neuron.2019.09.038"><i>Neuron</i></a>  104:1, (2019). </li>

				<li>Xiaowen Chen, Francesco Randi, Andrew M. Leifer, William Bialek. "Searching for collective behavior in a small brain"  <i><a href="https://doi.org/10.1103/PhysRevE.99.052418">Phys. Rev. E</a></i> 99, 052418 (2019). [<a href="https://journals.aps.org/pre/pdf/10.1103/PhysRevE.99.052418">Journal PDF ($)</a>] [ <a href="https://arxiv.org/pdf/1810.07623">Preprint PDF</a> ]</li>


				<li>Mochi Liu, Anuj K. Sharma, Joshua W. Shaevitz, Andrew M. Leifer. "Temporal processing and context dependency in <i>C. elegans</i> response to mechanosensation"  <a href="https://doi.org/10.7554/eLife.36419">eLife</a>, 7:e36419 (2018).  [ <a href="https://elifesciences.org/download/aHR0cHM6Ly9jZG4uZWxpZmVzY2llbmNlcy5vcmcvYXJ0aWNsZXMvMzY0MTkvZWxpZmUtMzY0MTktdjIucGRm/elife-36419-v2.pdf?_hash=7da%2F9O%2Bkh%2BaYqpgo0eS1ISgvIvexXpqIZwoBCT0FWzQ%3D"> PDF</a> ]</li>
		<li>Jeffrey P. Nguyen, Ashley N. Linder, George S. Plummer, Joshua W. Shaevitz, Andrew M. Leifer. "Automatically tracking neurons in a moving and deforming brain" <i><a href="http://journals.plos.org/ploscompbiol/article?id=10.1371/journal.pcbi.1005517">PLOS Computational Biology</a></i> 13(5): e1005517 (2017). [<a href="http://journals.plos.org/ploscompbiol/article/file?id=10.1371/journal.pcbi.1005517&type=printable">PDF</a>,  <a href="https://figshare.com/articles/Automatically_tracking_neurons_in_a_moving_and_deforming_brain/5018993">Movie</a>, <a href="http://dx.doi.org/10.21227/H2901H">Data</a>  and <a href="https://github.com/leiferlab/NeRVEclustering">Code</a>] </li>

<li>Jeffrey P. Nguyen*, Frederick B*. Shipley, Ashley N. Linder, George S. Plummer, Mochi Liu, Sagar U. Setru, Joshua W. Shaevitz, Andrew M. Leifer. "Whole-brain calcium imaging with cellular resolution in freely behaving <i>Caenorhabditis elegans</i>" <i><a href="https://doi.org/10.1073/pnas.1507110112">Proceedings of the National Academy of Sciences of the United States of America</a></i>, 10.1073/pnas.1507110112, Published online before print December 28, (2015). [<a href="http://www.pnas.org/content/early/2015/12/23/1507110112.full.pdf?with-ds=yes">PDF</a> and Movies <a href="http://static-movie-usa.glencoesoftware.com/source/10.1073/245/a321fb2cf399f52928565d056879ba6917038463/pnas.1507110112.sm01.mp4">S1</a>, <a href="http://movie-usa.glencoesoftware.com/video/10.1073/pnas.1507110112/video-2">S2</a>, <a href="http://movie-usa.glencoesoftware.com/video/10.1073/pnas.1507110112/video-3">S3</a> and <a href="http://movie-usa.glencoesoftware.com/video/10.1073/pnas.1507110112/video-4">S4</a>; <a href="https://github.com/leiferlab/WholeBrainImagingSuite">Code</a>, <a href="http://www.pnas.org/content/113/8/E1074.abstract?tab=ds">Processed</a> and <a href="sharing.php#data">Raw</a> Data]. <a href="http://www.pnas.org/content/113/8/1965.full">Commentary</a>.</li>
			<li>Frederick B. Shipley,  Christopher M. Clark,  Mark J. Alkema, Andrew M. Leifer. "Simultaneous optogenetic manipulation and calcium imaging in freely moving <i>C. elegans</i>."  <i><a href="http://journal.frontiersin.org/Journal/10.3389/fncir.2014.00028/">Frontiers in Neural Circuits</a></i> 8:28. (2014). [<a href="https://www.frontiersin.org/journals/neural-circuits/articles/10.3389/fncir.2014.00028/pdf">PDF</a>, <a href="https://public-pages-files-2025.frontiersin.org/articles/81403/file/Presentation_1.ZIP/81403_supplementary-materials_presentations_1_zip/2">Supplement</a> and <a href="http://vimeo.com/87910242">Video</a>]</li>
			
			<li>Steven J. Husson, Alexander Gottschalk, Andrew M. Leifer. "Optogenetic manipulation of neural activity in <i>C. elegans</i>: from synapse to circuits and behavior." <i><a href="http://onlinelibrary.wiley.com/doi/10.1111/boc.201200069/abstract">Biology of the Cell</a></i> (2013). [<a href="http://arxiv.org/pdf/1303.2876v1">PDF</a> via <a href="http://arxiv.org/abs/1303.2876">arXiv</a>]</li>
			<li>Jamie L. Donnelly, Christpoher M. Clark, Andrew M. Leifer, Marian Haburacak, Jennifer K. Pirri, Michael M. Francis, Aravinthan D. T. Samuel, and Mark J. Alkema. “Monoaminergic orchestration of motorprograms in a complex behavior in <i>C. elegans</i>.” <i><a href="http://dx.plos.org/10.1371/journal.pbio.1001529">PLoS Biology</a></i> 11(4): e1001529 (2013). [<a href="http://www.plosbiology.org/article/fetchObjectAttachment.action?uri=info%3Adoi%2F10.1371%2Fjournal.pbio.1001529&representation=PDF">PDF</a>] &amp; <a href="http://dx.plos.org/10.1371/journal.pbio.1001526">Synopsis</a>.</li>
			<li>Quan Wen, Michelle D. Po, Elizabeth Hulme, Sway Chen, Xinyu Liu, Sen Wai Kwok, Marc Gershow, Andrew M. Leifer, Victoria Butler, Christopher Fang-Yen, Taizo Kawano, William R. Schafer, George Whitesides, Mattieu Wyart, Dmitri Chklovskii and Aravinthan Samuel, "Proprioceptive coupling within motor neurons drives <i>C. elegans</i> forward locomotion." <a href="http://www.ncbi.nlm.nih.gov/pubmed/23177960"><i>Neuron</i></a>,  76, 750-761 (2012). [<a href="https://web.archive.org/web/20170705070516/http://gmwgroup.harvard.edu/pubs/pdf/1168.pdf">PDF</a>]</li>
			<li>Chenxiang Lin, Ralf Jungmann, Andrew M. Leifer, Chao Li, Daniel Levner, George M. Church, William M. Shih, Peng Yin. "Sub-micrometer geometrically encoded fluorescent barcodes self-assembled from DNA." <i><a href="http://www.nature.com/nchem/journal/v4/n10/full/nchem.1451.html">Nature Chemistry</a></i>, 4, 832–839 (2012).</li>
			<li>Andrew M. Leifer*, Christopher Fang-Yen*, Marc Gershow, Mark Alkema, Aravinthan D.T.  Samuel, "Optogenetic manipulation of neural activity in freely moving <i>Caenorhabditis elegans</i>," <a href="http://www.nature.com/nmeth/journal/v8/n2/full/nmeth.1554.html"><i>Nature Methods</i></a>, 8, 147–152 (2011). [<a href="https://web.archive.org/web/20160220180344/http://colbert.physics.harvard.edu/media/leifer_et_al_2011.pdf">PDF</a>]</li>
		<li>Kevin J. Coakley, David S. Simons, Andrew M. Leifer. "Secondary Ion Mass Spectrometry Measurements of Isotopic Ratios: Correction for Time Varying Count Rate." <a href="http://www.sciencedirect.com/science/article/pii/S138738060400421X"><a><i>International Journal of Mass Spectrometry</i></a></a>, 204 (2005) 107-120.
		</li>
		</ul>		
* denotes equal contribution
			
	</div>

	<hr />
	
	
	<div class="textblock">

		<h3><a name="commentary"></a>Commentary</h3>
		<ul class="publications">
			<li>Andrew M. Leifer, Andrea J. Liu, , Sidney R. Nagel, "US researchers must stand up to protect freedoms, not just funding." <a href="https://doi.org/10.1038/d41586-025-01466-5">Nature</a> 641, 592–593 (2025). [<a href="https://www.nature.com/articles/d41586-025-01466-5.epdf?sharing_token=pV3sM687NGpbM0TiR8kcCtRgN0jAjWel9jnR3ZoTv0NyXwU6B1187oTe7y4mvF7Bi0LS_HaQIKDfLcL16-5owEmSPDqCFYxxmXRU-JUJE3S6b1IYQSX4ZmAUz83gYbXZsDf36WPAbf4Pmy1ZGFBBYKGBerfq-stw1PwADefi6F4%3D">free online PDF view</a>]
		</ul>
	</div>

	<hr />
	

<div class="textblock">

	<h3><a name="pop"></a>Popular press articles featuring our work</h3>
	<ul class="publications">
		<li>Karmela Padavic-Callaghan, "Mapping the structure of the brain doesn't fully explain its function"<a href="https://institutions.newscientist.com/article/2497291-mapping-the-structure-of-the-brain-doesnt-fully-explain-its-function/">The New Scientist</a>, 23 September 2025.</li>
		<li>Holly Barker, "Worms help untangle brain structure/function mystery,"<a href="https://doi.org/10.53053/PVXO1692"><i>The Transmitter</i></a>, 29 August 2025.</li>
		<li>Laurel Oldach, "Brains beyond the wiring diagram," <i><a href="https://cen.acs.org/biological-chemistry/neuroscience/Brains-beyond-wiring-diagram/102/i9">Chemical and Engineering News</a></i>, Volume 102, Issue 9, 25 March 2024.</li> 
		<li> Elissa Welle, "Plugging invisible gaps in the synaptic connectome," <i><a href="https://www.thetransmitter.org/connectome/plugging-invisible-gaps-in-the-synaptic-connectome/">The Transmitter</a></i> 6 December 2023.</li>
		<li>Claudia López Lloreda, "Wi-Fi for neurons: first map of wireless nerve signals unveiled in worms," <i><a href="https://doi.org/10.1038/d41586-023-03619-w">Nature</a></i>, 623, 894-895, 21 November 2023.</li>
		<li>"Princeton Open Ventilation Monitor," <a href="https://innovation.princeton.edu/news/2021/andrew-leifer-princeton-open-ventilation-monitor"><i>Princeton University Innovation News</i></a>, 2 November 2021.</li>
		<li>Toin Feder, "Stuck at home, physicists pivot to combat COVID-19," <a href="https://doi.org/10.1063/PT.3.4519"><i>Physics Today</i></a> 73, 7, 22 (2020).</li>
	<li>Emily Singer, "Capturing the Whole Brain in Action,"<a href="https://www.simonsfoundation.org/uncategorized/capturing-the-whole-brain-in-action/?utm_source=SimonsFoundation.org+Newsletter&utm_campaign=3e4eb8cc28-January_2017_Simons_Foundation_Newsletter_01_06&utm_medium=email&utm_term=0_01c00e64ea-3e4eb8cc28-389524973"> <i>Simons Foundation</i></a>, 22 December 2016.</li>
	<li>Emily Reynolds, "Neural activity of worm captured in mesmerising display," <a href="http://www.wired.co.uk/article/inside-worm-brain"><i>Wired</i></a>, 5 January 2016.</li>

	<li>Steve Dent, "Watch a worm’s brain light up as it plots its next move," <i><a href="https://www.engadget.com/2015/12/31/watch-a-worms-brain-light-up-as-it-plots-its-next-move/">Engadget</a></i>, 31 December 2015.</li>
	
	<li>Esther Inglis-Arkell, "We can now watch the inside of a worm brain at work, <i><a href="http://gizmodo.com/we-can-now-watch-the-inside-of-a-worms-brain-at-work-1750380910">Gizmodo</a></i>, 30 December 2015.</li>
	
	<li>Morgan Kelly, "3-D footage of nematode brains links neurons with motion and behavior," <i> <a href="https://www.princeton.edu/main/news/archive/S45/14/90K98/index.xml?section=topstories">News at Princeton</a></i>, 30 December 2015.</li>
	
	<li>"First videos created of whole brain neural activity in an unrestrained Animal," <a href="https://www.technologyreview.com/s/534481/first-videos-created-of-whole-brain-neural-activity-in-an-unrestrained-animal/"><i>MIT Technology Review</i></a>, January 25 2015.</li>
		
	<li>Laura Sanders, "Making a worm do more than squirm," <i><a href="https://web.archive.org/web/20110120154841/http://www.sciencenews.org/view/generic/id/68860/description/Making_a_worm_do_more_than_squirm" target="_blank">Science News</a></i> 16 January 2011.</li>

	<li>Davide Castelvecchi, "Single Worm Neurons Remotely Controlled with Lasers", <i><a href="http://www.scientificamerican.com/article.cfm?id=single-worm-neurons">Scientific American</a></i> 16 January 2011.</li>
	
	</ul>
</div>

<hr />
<div class="textblock">
<h3><a name="podcasts"></a>Podcasts</a></h3>
<ul class="publications">
	<li> Six Degrees, <a href="http://www.undiscoveredpodcast.org/six-degrees.html">Undiscovered</a>, 6 June 2017 [<a href="https://www.podtrac.com/pts/redirect.mp3/cdn.pri.org/sites/default/files/undiscovered/episode-audio/undiscovered-ep5-six-degrees.mp3">MP3</a>]. </li>

</ul>
</div>


<hr />

<div class="textblock">
	<h3><a name="vid"></a>Video Recorded Lectures</h3>
	<ul class="publications">

	
	<li>Andrew Leifer, <a href="https://online.kitp.ucsb.edu/online/neurosensing25/leifer/rm/jwvideo.html">"Active sensorimotor processing in C. elegans: context dependency and state switchign navigation"</a>, <i>Neurophysics of Active Sensing</i> Kavli Institute for Theoretical Physics, University of California Santa Barbara, 15 August 2025, 1hr 14 mins.<br><a href="https://online.kitp.ucsb.edu/online/neurosensing25/leifer/rm/jwvideo.html"><img src="https://online.kitp.ucsb.edu/online/neurosensing25/leifer/tv/play_thumb.jpg" width="250" height="140"></a> </li>	
	
	<li>Andrew Leifer, <a href="https://vimeo.com/1118865314">"Global brain dynamics of C. elegans"</a>,  <i>Simons Collaboration on the Global Brain Annual Meeting </i>,Simons Foundation, 6 May 2025 . 24 minutes.<br> <iframe src="https://player.vimeo.com/video/1118865314" width="250" height="140" frameborder="0" webkitallowfullscreen mozallowfullscreen allowfullscreen></iframe></li>
	
	
	<li> Andrew Leifer, <a href="https://www.kaltura.com/index.php/extwidget/preview/partner_id/1449362/uiconf_id/52003512/entry_id/1_5tb10c36/embed/dynamic">"Signal propogation atlas of C. elegans"</a>, Department of Physics Hamilton Colloqium, 5 Oct 2023, 58 mins. 
		<div id="kaltura_player_1" style="width: 375px;height: 210px"></div>
		<script type="text/javascript" src='https://cdnapisec.kaltura.com/p/1449362/embedPlaykitJs/uiconf_id/52003512?autoembed=true&targetId=kaltura_player_1&entry_id=1_5tb10c36&config[playback]={"autoplay":false}'></script>
		
	</li>	
	<li>Andrew Leifer, <a href="https://doi.org/10.26081/K6MD3Q">"Measuring neural dynamics, functional connectivity, and behavior in C. elegans"</a>, <i>Neurophysics of Locomotion</i> Kavli Institute for Theoretical Physics, University of California Santa Barbara, 20 July 2022, 1hr  29 mins. </li>
	<li>Andrew Leifer, <a href="https://vimeo.com/184408711">"How does a nervous system transition between behavior states?"</a>,  <i>Princeton Neuroscience Institute Seminar</i>, Princeton University, 16 February 2016. 29 minutes.<br> <iframe src="https://player.vimeo.com/video/184408711" width="250" height="140" frameborder="0" webkitallowfullscreen mozallowfullscreen allowfullscreen></iframe></li>		
		
	<li>Andrew Leifer, <a href="https://vimeo.com/149168719">"Whole-brain neural dynamics and behavior in freely moving C. elegans"</a>,  <i>Emerging Tools for Acquisition and Interpretation of Whole-Brain Functional Data</i>, HHMI Janelia Research Campus, 3 November 2015. 12 minutes.<br> <iframe src="https://player.vimeo.com/video/149168719" width="250" height="140" frameborder="0" webkitallowfullscreen mozallowfullscreen allowfullscreen></iframe></li>

	<li>Andrew Leifer, <a href="https://vimeo.com/150687408">"Whole-brain neural dynamics and behavior in freely moving nematodes"</a>,  <i>Stanford Neurosciences Institute Seminar Series</i>, Stanford University, 17 February 2015. 1 hour 2 minutes.<br> <iframe src="https://player.vimeo.com/video/150687408" width="250" height="140" frameborder="0" webkitallowfullscreen mozallowfullscreen allowfullscreen></iframe></li>

</ul>

		
		
	<h3><a name="slides"></a>Lecture slides</h3>
	<ul class="publications">
		<li>Francesco Randi, "Whole Brain Imaging Workshop: Microscopy Techniques"  <i>International C. elegans Meeting</i>, UCLA, 23 June 2019. [<a href="https://web.archive.org/web/20240714073659/https://leiferlab.princeton.edu/outsideAssets/presentazione.pdf">PDF</a>]</li>
	
		<li>Andrew Leifer, "Optical neurophysiology in freely behaving <i>C. elegans</i>"  <i>C. elegans topic meeting: neuronal development, synaptic function and behavior </i>, University of Wisconsin Madison, 9 July 2014. [<a href="https://web.archive.org/web/20240716154608/https://leiferlab.princeton.edu/outsideAssets/CeNeuroWorkshop2014.pdf">PDF</a>] [<a href="https://www.zotero.org/groups/ceneuroworkshop2014/items">Bibliography</a>]</li>
	</ul>
</div>

	</section>
	<?php 
		include('php/footer.php');
	?>
