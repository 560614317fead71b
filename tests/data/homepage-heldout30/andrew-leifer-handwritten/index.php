
<?php 
	$currfile = basename(__FILE__); 
	include('php/header.php');
?>
	
<section id="content" class="container"> <!-- This container consists of a giant row of text -->
	<div>
		<section class="row">
			<article class="span12">
				<h1>Neural Dynamics of Behavior</h1> <!-- Note: it used to look nice here with the span gray for part of the words-->
				<p>
					Our lab seeks to understand how patterns of neural activity generate animal behavior. In particular, we study the model organism <i>C. elegans</i>, a microscopic worm with a simple nervous system capable of rich behaviors. We have pioneered optogenetic microscopy techniques to optically manipulate and monitor populations of neurons in an animal as it moves. <a class="" href="research.php">Read more &raquo;</a></p>
			</article>

		</section> <!--End Row -->
	</div>
							<hr />
</section><!-- end .container -->
						
						

							

	<div class="container">
		<div class="row">
	
			<div class="span4">
											
				<div class="media-grid pull-left leftImg">

				      <a href="people.php"><img class="thumbnail" src="assets/2023_headshot.jpg"></a>

			  </div> 											
			  

			  <h3>Andrew Leifer</h3><h4 class="grey"><i>Associate Professor</i></h4>
			  &nbsp;
						<p>My research combines experimental techniques from neuroscience, physics, engineering and computer science to study the dynamics of neural circuits in awake moving organisms. We are part of the <a href="https://physics.princeton.edu">Department of Physics</a> and the <a href="https://pni.princeton.edu">Princeton Neuroscience Institute</a>.
					</p>

			</div>
								
			<div class="span8">
								
			<!-- Macbook carousel -->
			<!-- Images should be 620 x 290 -->
				<div id="carousel" class="carousel slide" rel="carousel">
					<!-- Carousel items -->
					<div class="carousel-inner">
						<!-- Item -->
						<div class="item active">
							<a href="#"><img src="assets/carousel/2020_quarentine.jpg" alt="Leifer Lab members  in a circle wearing masks on the lawn at Princeton University." /></a>
							<div class="carousel-caption">
								<p>The Leifer Lab at Princeton University.</p>
							</div>
						</div>
						<!-- end Item -->

						<!-- Item -->
						<div class="item">
							<img src="assets/carousel/lab_2024.jpg" alt="The Leifer Lab group photo in 2024." />
							<div class="carousel-caption">
								<p>Leifer Lab circa 2024.</p>
							</div>
						</div>
						<!-- end Item -->

						<!-- Item -->
						<div class="item">
							<img src="assets/carousel/sandeep_graduation.jpg" alt="Leifer Lab members celebrating Sandeep Kumar's graduation." />
							<div class="carousel-caption">
								<p>Leifer Lab celebrates Sandeep Kumar's graduation and new postdoctoral position at Yale.</p>
							</div>
						</div>
						<!-- end Item -->

						<!-- Item -->
						<div class="item">
							<img src="assets/carousel/pumpprobe.jpg" alt="Cell-resolved population neural activity in response to single-neuron optogenetic stimulation in C. elegans." />
							<div class="carousel-caption">
								<p>Cell-resolved population neural activity in response to single-neuron optogenetic stimulation reveals how signals flow through the <i>C. elegans</i> nervous system in <a href="https://doi.org/10.1038/s41586-023-06683-4">Randi et al., <i>Nature</i> 2023</a>.</p>
							</div>
						</div>
						<!-- end Item -->

						<!-- Item -->
						<!--<div class="item">
							<img src="assets/carousel/colbertSchematic.png" alt="" />
							<div class="carousel-caption">
								<p>A high speed camera monitors the worm as it moves.</p>
							</div>
						</div>-->
						<!-- end Item -->			
			
						<!-- Item -->
						<div class="item">
							<img src="assets/carousel/blueAVM.jpg" alt="" />
							<div class="carousel-caption">
								<p>To study neurocircuits, we build tools that monitor and manipulate neural activity in a worm with light.</p>
							</div>
						</div> 
						<!-- end Item -->
						
						<!-- Item -->
						<div class="item">
							<img src="assets/carousel/computerVision.png" alt="" />
							<div class="carousel-caption">
								<p>Computer vision software identifies targets on the moving worm.</p>
							</div>
						</div> 
						<!-- end Item -->
			
						<!-- Item -->
						<div class="item">
							<img src="assets/carousel/greenOptics.jpg" alt="" />
							<div class="carousel-caption">
								<p>Laser light is precisely targeted to neurons in the worm.</p>
							</div>
						</div>
						<!-- end Item -->
			
			
						<!-- Item -->
						<div class="item">
							<img src="assets/carousel/inhibitNerveCord.png" alt="" />
							<div class="carousel-caption">
								<p>Optogenetic proteins inhibit the worm's ventral nerve cord in response to green light. </p>
							</div>
						</div>
						<!-- end Item -->

										
										
					<!-- Item -->
					<div class="item">
						<img src="assets/carousel/escapeCartoon.png" alt="" />
						<div class="carousel-caption">
							<p>Changes to the worm's behavior are precisely quantified.</p>
						</div>
					</div>
					<!-- end Item -->			
			
					<!-- Item -->
					<div class="item">
						<img src="assets/carousel/circuit.png" alt="" />
						<div class="carousel-caption">
							<p>These tools provide functional information about how neurons work together in a circuit.</p>
						</div>
					</div>
					<!-- end Item -->			
			

			
					<!-- Item -->
					<div class="item">
						<img src="assets/carousel/calcium_imaging.png" alt="" />
						<div class="carousel-caption">
							<p>The worm's neural activity is measured simultaneously with behavior.</p>
						</div>				
					</div>
					<!-- end Item -->
			
					<!-- Item -->
					<div class="item">
						<img src="assets/carousel/AVB.png" alt="" />
						<div class="carousel-caption">
							<p>An interneuron's activity (AVB) is plotted with behavior.</p>
						</div>				
					</div>
					<!-- end Item -->
			
			
	

			


			
				</div> <!-- end carousel-inner-->
				<!-- Carousel navigation -->
					<a class="carousel-control left" href="#carousel" data-slide="prev"></a>
					<a class="carousel-control right" href="#carousel" data-slide="next"></a>
			</div>
			<!-- end Macbook carousel -->
		</div><!-- End span8-->

	</div> <!-- end row -->
							
							
							
</div>  <!-- End container -->







<section class="container">
	<hr />

	<section class="row" id="portfolio">
		
		
		

		
		
		

		<!-- portfolio item-->
		<article class="span4 project">

			<div class="thumbnail equalizeHeight">
				<!-- image -->
				<a href="http://journals.plos.org/ploscompbiol/article?id=10.1371/journal.pcbi.1005517" target="_blank" title="Automatically tracking moving and deforming brains" target="_blank">
					<!--298x186 -->
					<img src="assets/TrackingPaperCover.png"> 
				</a>
				<!-- description -->
				<div class="project-description">
					<!-- icon -->
					<i class="icon-link"></i>
					<!-- name -->
					<b class="project-name">Automated neuron tracking</b>  paper, Ngyuen et. al, is featured on <a href="http://journals.plos.org/ploscompbiol/article?id=10.1371/journal.pcbi.1005517" target="_blank">PLOS Comp Bio</a> homepage. 
				</div>
				<!-- ribbon -->
				<!-- <div class="ribbon"><span>New</span></div> -->
			</div>

		</article>
		<!-- end portfolio item-->
		
		
		<!-- portfolio item-->
		<article class="span4 project">

			<div class="thumbnail equalizeHeight">
				<!-- image -->
				<a href="https://doi.org/10.1073/pnas.1507110112" target="_blank" title="Whole Brain Calcium imaging in freely moving animals" target="_blank">
					<!--298x186 -->
					<img src="assets/WholeBrainPaper.png"> 
				</a>
				<!-- description -->
				<div class="project-description">
					<!-- icon -->
					<i class="icon-link"></i>
					<!-- name -->
					<b class="project-name">Whole-brain imaging</b>  paper, Ngyuen et. al, is published in  <a href="https://doi.org/10.1073/pnas.1507110112" target="_blank">PNAS</a> and featured in <a href="https://doi.org/10.1073/pnas.1524219113" target="_blank">this commentary</a>.
				</div>
				<!-- ribbon -->
				
			</div>

		</article>
		<!-- end portfolio item-->
		
		
		



<!--
		<article class="span4 project">
			<div class="thumbnail equalizeHeight" >
				<a href="http://journal.frontiersin.org/Journal/10.3389/fncir.2014.00028/full" title="Simultaneous optogenetic manipulation and calcium imaging in freely moving C. elegans" target="_blank">
					<img src="assets/simulio.png"></a>
					<div class="project-description">
						<b class="name">Simultaneous optogenetics and calcium imaging</b> paper was <a href="http://journal.frontiersin.org/Journal/10.3389/fncir.2014.00028/full" target="_blank">recently published</a>.
						<i class="icon-file"></i>
					</div>
				</a>
				<div class="ribbon"><span>New</span></div>
			</div>
		</article>
		
	-->	
		
		<article class="span4 project">
			<div class="thumbnail equalizeHeight" >
				<div class="vidclip"> 
					<video id="sampleMovie" poster="assets/video/touch.png" controls>
						<source src="assets/video/touch.mp4" type='video/mp4; codecs="avc1.42E01E, mp4a.40.2"'/>
						<source src="assets/video/touch.theora.ogv" type='video/ogg; codecs="theora, vorbis"' />
						<source src="assets/video/touch.webm"  type='video/webm; codecs="vp8, vorbis"' />
				        
						<p><a href="https://vimeo.com/16933869" target="_blank">View this video on vimeo!</a></p> 
					</video>
				</div>
				
				<div class="project-description">
					<b class="name">Blue light</b>
					<i class="icon-play"></i> causes the worm to experience the sensation of touch, and so it recoils. <a href="http://vimeo.com/87910242">More video &raquo;</a>
				</div>
			</div>
		</article>


	</section>	

</section>


	<?php 
		include('php/footer.php');
	?>
